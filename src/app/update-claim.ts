// Use case: change a claim under optimistic concurrency; a stale expectedVersion writes nothing.
import { DomainError, ErrorCode, isDomainError } from '../domain/errors.js';
import type { Claim, Entity, Period } from '../domain/model.js';
import { buildClaim } from './claim-builder.js';
import type { Actor, AppContext } from './context.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import { EntityResolver } from './entity-resolver.js';
import { historyEntry } from './history.js';
import { ClaimInput, ClaimPatch, parseInput } from './inputs.js';
import { requireClaim } from './lookups.js';
import { newPeriods } from './new-periods.js';

/** The claim as the input that would create it, so a patch can be laid over it and re-validated. */
async function inputOf(context: AppContext, claim: Claim): Promise<ClaimInput> {
  const [subject, object] = await context.store.getEntities([claim.subjectId, claim.objectId ?? '']);
  const citation = claim.citations[0]!;
  const [source] = await context.store.getSources([citation.sourceId]);
  return {
    text: claim.text,
    subject: subject!.name,
    subjectKind: subject!.kind,
    predicate: claim.predicate,
    object: object?.name ?? null,
    objectKind: object?.kind ?? null,
    value: claim.value?.text ?? null,
    period: claim.periodText,
    qualifiers: claim.qualifiers,
    negated: claim.negated,
    source: { url: source!.url, title: source!.title, publisher: source!.publisher, publishedAt: source!.publishedAt },
    quote: citation.quote,
  };
}

/** A patched claim, rebuilt and validated exactly as addClaims builds one, with what must be written alongside it. */
export interface PatchedClaim {
  updated: Claim;
  entities: Entity[];
  periods: Period[];
}

/**
 * Lays `patch` over `current` and rebuilds the claim (version + 1, same id, citations and status); errors carry
 * paths under `field`. Shared by updateClaim and acceptClaim, so an edit on acceptance is checked like any update.
 */
export async function applyPatch(context: AppContext, current: Claim, patch: ClaimPatch, now: string, field = 'input'): Promise<PatchedClaim> {
  const merged = { ...(await inputOf(context, current)) };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  // An empty object string in a patch removes the object.
  if (patch.object === '') merged.object = null;
  const input = parseInput(ClaimInput, merged, [field]);

  const resolver = new EntityResolver(context.store, now);
  await resolver.preload(input.object ? [input.subject, input.object] : [input.subject], [input.source.url]);
  let rebuilt;
  try {
    rebuilt = buildClaim(input, { registry: context.registry, resolver, now }, current.status);
  } catch (error) {
    throw isDomainError(error) ? error.at(field) : error;
  }
  const updated: Claim = {
    ...rebuilt.claim,
    id: current.id,
    citations: current.citations,
    statusReason: current.statusReason,
    createdAt: current.createdAt,
    version: current.version + 1,
  };
  const [clash] = await context.store.findClaimsByFingerprint([updated.fingerprint]);
  if (clash && clash.id !== current.id) {
    throw new DomainError(ErrorCode.StoreConflict, `the same statement from this source already exists as claim ${clash.id}`, [field], { claimId: clash.id });
  }
  const periods = rebuilt.period ? await newPeriods(context, [rebuilt.period]) : [];
  return { updated, entities: resolver.createdEntities, periods };
}

export async function updateClaim(context: AppContext, id: string, expectedVersion: number, rawPatch: unknown, actor: Actor): Promise<Claim> {
  const patch = parseInput(ClaimPatch, rawPatch, ['input']);
  return context.writeLock.run(async () => {
    const current = await requireClaim(context, id);
    if (current.version !== expectedVersion) {
      throw new DomainError(
        ErrorCode.VersionStale,
        `claim ${id} is at version ${current.version}, not ${expectedVersion}: reload it and apply your change again`,
        ['expectedVersion'],
        { currentVersion: current.version },
      );
    }
    const now = context.now().toISOString();
    const { updated, entities, periods } = await applyPatch(context, current, patch, now);
    const changes = {
      entities,
      periods,
      claims: [updated],
      history: [historyEntry(updated, current, updated, 'updated', actor, now)],
      expectedVersions: { [current.id]: current.version },
    };
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return updated;
  });
}
