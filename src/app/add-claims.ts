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
}

export async function addClaims(context: AppContext, rawInputs: unknown[], actor: Actor, options: AddClaimsOptions = {}): Promise<AddClaimsResult> {
  const argument = options.argument ?? 'input';
  if (rawInputs.length > context.limits.maxBatchSize) {
    throw new DomainError(ErrorCode.BatchTooLarge, `a batch holds at most ${context.limits.maxBatchSize} claims, got ${rawInputs.length}`, [argument]);
  }
  const problems = new InputErrors();
  const inputs = rawInputs.map((raw, index) => problems.collect(() => parseClaimInput(raw, [argument, index])));
  problems.throwIfAny();

  return context.writeLock.run(async () => {
    const now = context.now().toISOString();
    const resolver = new EntityResolver(context.store, now);
    const valid = inputs.filter((input): input is ClaimInput => input !== undefined);
    await resolver.preload(
      valid.flatMap((input) => (input.object ? [input.subject, input.object] : [input.subject])),
      valid.map((input) => input.source.url),
    );

    const built = inputs.map((input, index) =>
      problems.collect(() => {
        try {
          return buildClaim(input!, { registry: context.registry, resolver, now }, options.status ?? 'ACCEPTED');
        } catch (error) {
          throw isDomainError(error) ? error.at(argument, index) : error;
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

    if (newClaims.length > 0 || resolver.sourcesToWrite().length > 0) {
      const usedEntityIds = new Set(newClaims.flatMap((claim) => [claim.subjectId, claim.objectId]));
      const changes: ChangeSet = {
        entities: resolver.createdEntities.filter((entity) => usedEntityIds.has(entity.id)),
        sources: resolver.sourcesToWrite(),
        periods: [...(await newPeriods(context, [...periods.values()]))],
        claims: newClaims,
        history: newClaims.map((claim) => historyEntry(claim, null, {}, 'created', actor, now)),
      };
      await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    }
    return { claims, createdCount: newClaims.length, duplicateCount: claims.length - newClaims.length };
  });
}

