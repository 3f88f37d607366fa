// Use case: a reviewer accepts a candidate, optionally with edits; it becomes a claim like any other, seen by conflict detection.
import type { Claim } from '../domain/model.js';
import type { ChangeSet } from '../store/port.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { ClaimPatch, parseInput } from './inputs.js';
import { requireClaim } from './lookups.js';
import { requireCandidate } from './require-candidate.js';
import { applyPatch, type PatchedClaim } from './update-claim.js';

const hasEdits = (edits: unknown): boolean =>
  typeof edits === 'object' && edits !== null && Object.values(edits).some((value) => value !== undefined && value !== null);

export async function acceptClaim(context: AppContext, id: string, rawEdits: unknown, actor: Actor): Promise<Claim> {
  // Edits are validated like an updateClaim patch, before any work; none at all is a plain acceptance.
  const edits = hasEdits(rawEdits) ? parseInput(ClaimPatch, rawEdits, ['edits']) : null;
  return context.writeLock.run(async () => {
    const current = await requireClaim(context, id);
    requireCandidate(current, 'accept');
    const now = context.now().toISOString();
    const patched: PatchedClaim = edits
      ? await applyPatch(context, current, edits, now, 'edits')
      : { updated: { ...current, version: current.version + 1 }, entities: [], periods: [] };
    const accepted: Claim = { ...patched.updated, status: 'ACCEPTED', statusReason: null, updatedAt: now };
    const changes: ChangeSet = {
      entities: patched.entities,
      periods: patched.periods,
      claims: [accepted],
      history: [historyEntry(accepted, current, accepted, 'accepted', actor, now)],
      expectedVersions: { [current.id]: current.version },
    };
    // Through conflict detection before the commit: an accepted claim is compared with every other.
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return accepted;
  });
}
