// MarketGrouping: every claim in exactly one statement of its market and predicate, with its own period, however many.
import { describe, expect, it } from 'vitest';
import { qualifiersKey } from '../../src/domain/conflicts/comparability.js';
import { MarketGrouping } from '../../src/domain/conflicts/grouping.js';
import type { ClaimView } from '../../src/domain/conflicts/index.js';
import type { Claim } from '../../src/domain/model.js';
import { seededRandom } from '../support/seeded-random.js';

const QUALIFIERS = [[], [{ key: 'region', value: 'US' }], [{ key: 'Region', value: 'us ' }], [{ key: 'measure', value: 'usage' }]];

function claims(count: number, seed: number): Claim[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, (_, i) => {
    const qualifiers = QUALIFIERS[pick(QUALIFIERS.length)]!;
    return {
      id: `clm_${i}`,
      predicate: `p${pick(4)}`,
      subjectId: `ent_s${pick(60)}`,
      objectId: random() < 0.2 ? null : `ent_o${pick(40)}`,
      periodId: random() < 0.3 ? null : `per_${pick(12)}`,
      // Frozen, as the store shares them, half the time: their keys are then remembered.
      qualifiers: random() < 0.5 ? Object.freeze(qualifiers.map((q) => Object.freeze({ ...q }))) : qualifiers.map((q) => ({ ...q })),
    } as unknown as Claim;
  });
}

describe('MarketGrouping', () => {
  // 65,536 items make a chunk: sizes on both sides of one, and past two.
  for (const count of [0, 1, 1000, 65_535, 65_537, 140_000]) {
    it(`groups ${count} claims each once, in homogeneous groups, each view with its own claim's period`, () => {
      const grouping = new MarketGrouping<Claim>();
      const added = claims(count, count + 1);
      for (const claim of added) grouping.add(claim, claim);
      const seen = new Set<string>();
      const wrong: string[] = [];
      const periodOf = (claim: Claim, periodId: string | null) => ({ claim, period: periodId === null ? null : { start: periodId, end: periodId, label: periodId } }) as ClaimView;
      for (const market of grouping.groups(periodOf)) {
        const scope = qualifiersKey(market.predicates[0]!.claims[0]!.claim.qualifiers);
        for (const { predicate, statements, claims: all } of market.predicates) {
          if (statements.flat().some((view, at) => view !== all[at])) wrong.push(`${predicate}: statements are not its claims`);
          for (const statement of statements) {
            for (const { claim, period } of statement) {
              // Plain checks, one expect at the end: an expect per claim made this test take seconds.
              if (seen.has(claim.id)) wrong.push(`${claim.id} twice`);
              seen.add(claim.id);
              if ((period?.start ?? null) !== claim.periodId) wrong.push(`${claim.id} has another claim's period`);
              if (claim.objectId !== market.objectId || qualifiersKey(claim.qualifiers) !== scope) wrong.push(`${claim.id} in another market`);
              if (claim.predicate !== predicate || claim.subjectId !== statement[0]!.claim.subjectId) wrong.push(`${claim.id} in another statement`);
            }
          }
        }
      }
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(seen.size).toBe(count);
    });
  }
});
