// Use case: add a batch of claims atomically; the same statement from the same source again is a no-op.
import { DomainError, ErrorCode, isDomainError } from '../domain/errors.js';
import type { Claim, Period } from '../domain/model.js';
import type { ChangeSet } from '../store/port.js';
import { buildClaim } from './claim-builder.js';
import type { Actor, AppContext } from './context.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import { EntityResolver } from './entity-resolver.js';
import { historyEntry } from './history.js';
import { parseClaimInput } from './claim-input-check.js';
import type { ClaimInput } from './inputs.js';
import { InputErrors } from './input-errors.js';
import { newPeriods } from './new-periods.js';

export interface AddClaimsResult {
  /** One per input, in input order: the new claim, or the existing one it duplicates. */
  claims: Claim[];
  createdCount: number;
  duplicateCount: number;
}

export interface AddClaimsOptions {
  status?: Claim['status'];
  /** The GraphQL argument name, for error paths. */
  argument?: string;
  /** The position of the first input in what the caller sent (an import's batches after the first), for error paths. */
  firstIndex?: number;
}

/** A batch ready to commit: what addClaims returns, and the change set that writes it (null when all are duplicates). */
interface ClaimWrite {
  result: AddClaimsResult;
  changes: ChangeSet | null;
}

export async function addClaims(context: AppContext, rawInputs: unknown[], actor: Actor, options: AddClaimsOptions = {}): Promise<AddClaimsResult> {
  const inputs = checkClaimInputs(context, rawInputs, options);
  return context.writeLock.run(async () => {
    const { result, changes } = await prepareClaimWrite(context, inputs, actor, options);
    if (changes) await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return result;
  });
}

/** Validates every input of a batch before anything is built, reporting all problems at once. */
export function checkClaimInputs(context: AppContext, rawInputs: unknown[], options: AddClaimsOptions = {}): ClaimInput[] {
  const argument = options.argument ?? 'input';
  const first = options.firstIndex ?? 0;
  if (rawInputs.length > context.limits.maxBatchSize) {
    throw new DomainError(ErrorCode.BatchTooLarge, `a batch holds at most ${context.limits.maxBatchSize} claims, got ${rawInputs.length}`, [argument]);
  }
  const problems = new InputErrors();
  const inputs = rawInputs.map((raw, index) => problems.collect(() => parseClaimInput(raw, [argument, first + index])));
  problems.throwIfAny();
  return inputs as ClaimInput[];
}

/**
 * Builds the claims of checked inputs and the change set that writes the new ones (without conflict
 * detection: the caller adds it, per batch or once at the end of an import). Call it inside the WriteLock.
 */
export async function prepareClaimWrite(context: AppContext, inputs: readonly ClaimInput[], actor: Actor, options: AddClaimsOptions = {}): Promise<ClaimWrite> {
  const argument = options.argument ?? 'input';
  const first = options.firstIndex ?? 0;
  const problems = new InputErrors();
  const now = context.now().toISOString();
  const resolver = new EntityResolver(context.store, now);
  await resolver.preload(
    inputs.flatMap((input) => (input.object ? [input.subject, input.object] : [input.subject])),
    inputs.map((input) => input.source.url),
  );

  const built = inputs.map((input, index) =>
    problems.collect(() => {
      try {
        return buildClaim(input, { registry: context.registry, resolver, now }, options.status ?? 'ACCEPTED');
      } catch (error) {
        throw isDomainError(error) ? error.at(argument, first + index) : error;
      }
    }),
  );
  problems.throwIfAny();

  const existing = await context.store.findClaimsByFingerprint(built.map((b) => b!.claim.fingerprint));
  const claims: Claim[] = [];
  const newClaims: Claim[] = [];
  const periods = new Map<string, Period>();
  const seenInBatch = new Map<string, Claim>();
  built.forEach((entry, index) => {
    const { claim, period } = entry!;
    const duplicate = existing[index] ?? seenInBatch.get(claim.fingerprint);
    if (duplicate) {
      claims.push(duplicate);
      return;
    }
    seenInBatch.set(claim.fingerprint, claim);
    claims.push(claim);
    newClaims.push(claim);
    if (period) periods.set(period.id, period);
  });
  const result = { claims, createdCount: newClaims.length, duplicateCount: claims.length - newClaims.length };
  if (newClaims.length === 0 && resolver.sourcesToWrite().length === 0) return { result, changes: null };

  const usedEntityIds = new Set(newClaims.flatMap((claim) => [claim.subjectId, claim.objectId]));
  const changes: ChangeSet = {
    entities: resolver.createdEntities.filter((entity) => usedEntityIds.has(entity.id)),
    sources: resolver.sourcesToWrite(),
    periods: [...(await newPeriods(context, [...periods.values()]))],
    claims: newClaims,
    history: newClaims.map((claim) => historyEntry(claim, null, {}, 'created', actor, now)),
  };
  return { result, changes };
}
