// Incremental conflict detection: adds to a use case's change set the conflicts its claims create or settle.
import { detectConflicts, takesPart } from '../../domain/conflicts/index.js';
import type { Claim, Conflict } from '../../domain/model.js';
import type { ChangeSet } from '../../store/port.js';
import type { Actor, AppContext } from '../context.js';
import { uniqueKeys } from './keys.js';
import { reconcile } from './reconcile.js';
import { loadViews } from './views.js';

/** Merges detection's records into the change set, so they are committed with it, atomically. */
function withConflicts(changes: ChangeSet, added: ReturnType<typeof reconcile>): ChangeSet {
  if (added.conflicts.length === 0) return changes;
  return {
    ...changes,
    conflicts: [...(changes.conflicts ?? []), ...added.conflicts],
    history: [...(changes.history ?? []), ...added.history],
    expectedVersions: { ...(changes.expectedVersions ?? {}), ...added.expectedVersions },
  };
}

const unique = (conflicts: readonly Conflict[]): Conflict[] => [...new Map(conflicts.map((conflict) => [conflict.id, conflict])).values()];

/**
 * Given the change set a use case is about to commit, returns it with the conflicts found, re-opened,
 * refreshed or resolved by its claims added (and their history entries), so they are written in the same
 * commit. Call it inside the WriteLock, just before `store.commit`. Store calls: one getClaims, one
 * claimsByKey for every key of the batch, at most three for names and periods, one conflictsOfClaims.
 */
export async function detectOnWrite(context: AppContext, changes: ChangeSet, actor: Actor): Promise<ChangeSet> {
  const written = changes.claims ?? [];
  if (written.length === 0) return changes;
  const before = await context.store.getClaims(written.map((claim) => claim.id));
  // A candidate edited or ingested changes nothing until a person accepts it; any change of status may settle a flag.
  const affected = written.filter((claim, index) => {
    const previous = before[index];
    return takesPart({ claim }) || (previous !== null && previous !== undefined && (takesPart({ claim: previous }) || previous.status !== claim.status));
  });
  if (affected.length === 0) return changes;
  const previousVersions = before.filter((claim): claim is Claim => claim !== null && affected.some((a) => a.id === claim.id));

  // Old keys too: a claim that moved (new subject, market or predicate) may leave a conflict behind it.
  const keys = uniqueKeys([...affected, ...previousVersions], context.registry);
  const fetched = keys.length > 0 ? (await context.store.claimsByKey(keys)).flat() : [];
  const current = new Map(fetched.map((claim) => [claim.id, claim]));
  for (const claim of written) if (current.has(claim.id) || affected.includes(claim)) current.set(claim.id, claim);
  const live = [...current.values()].filter((claim) => takesPart({ claim }));

  const views = await loadViews(context, live, changes);
  const findings = detectConflicts(views, (name) => context.registry.get(name));
  const affectedIds = new Set(affected.map((claim) => claim.id));
  const liveIds = new Set(live.map((claim) => claim.id));
  const existing = unique((await context.store.conflictsOfClaims([...new Set([...affectedIds, ...liveIds])])).flat());

  const added = reconcile({
    findings,
    existing,
    claims: current,
    // Every group detection formed here was whole (see keysOf), so a conflict inside them was re-checked.
    rechecked: (conflict) => conflict.claims.some((member) => affectedIds.has(member.claimId)) || conflict.claims.every((member) => liveIds.has(member.claimId)),
    now: context.now().toISOString(),
    trigger: `a write by ${actor.id}`,
  });
  return withConflicts(changes, added);
}
