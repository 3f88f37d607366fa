// The bench's graph generator: N claims as clients send them, with planted conflicts and look-alikes, the same for a seed.
import type { ClaimInput, EntityInput } from '../../src/app/inputs.js';
import { Background } from './background.js';
import { plantCases, type ConflictKind } from './planted.js';
import { Random } from './random.js';
import { buildWorld, entityInputs } from './world.js';

export type { ConflictKind } from './planted.js';

export interface Expectations {
  /** Each entry: claim positions (in `claims`) that must appear together in one conflict of that kind. */
  conflicts: Array<{ kind: ConflictKind; why: string; positions: number[] }>;
  /** Claim positions no conflict may involve. */
  lookAlikes: Array<{ why: string; positions: number[] }>;
}

export interface GeneratedGraph {
  /** Products and models with makers and launch dates, registered before the claims. */
  entities: EntityInput[];
  claims: ClaimInput[];
  expectations: Expectations;
}

export const DEFAULT_SEED = 20260212;

/** Planted cases per rule kind: a few at small sizes, about one per 10,000 claims beyond. */
export const plantedPerKind = (claims: number): number => Math.max(3, Math.round(claims / 10_000));

export function generateGraph(claimCount: number, seed = DEFAULT_SEED): GeneratedGraph {
  const random = new Random(seed);
  const world = buildWorld(random, claimCount);
  const planted = plantCases(world, random, plantedPerKind(claimCount));
  const plantedClaims = [...planted.conflicts, ...planted.lookAlikes].reduce((sum, group) => sum + group.claims.length, 0);
  const background = new Background(world, random).fill(Math.max(0, claimCount - plantedClaims));

  // Planted claims are shuffled in with the rest, so the two sides of a conflict usually land in different batches.
  const claims = random.shuffle([...background, ...planted.conflicts.flatMap((c) => c.claims), ...planted.lookAlikes.flatMap((l) => l.claims)]);
  const position = new Map<ClaimInput, number>(claims.map((claim, index) => [claim, index]));
  const positions = (group: { claims: ClaimInput[] }) => group.claims.map((claim) => position.get(claim)!);
  return {
    entities: entityInputs(world),
    claims,
    expectations: {
      conflicts: planted.conflicts.map((conflict) => ({ kind: conflict.kind, why: conflict.why, positions: positions(conflict) })),
      lookAlikes: planted.lookAlikes.map((lookAlike) => ({ why: lookAlike.why, positions: positions(lookAlike) })),
    },
  };
}

/** Splits into batches of `size` (the last one may be shorter). */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
