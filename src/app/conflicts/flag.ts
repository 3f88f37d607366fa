// Use case: a person flags claims that cannot all be true although no rule caught them (rule 'manual').
import { conflictKey, MANUAL_RULE } from '../../domain/conflicts/index.js';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { Claim, Conflict } from '../../domain/model.js';
import { commitAndPublish } from '../commit.js';
import type { Actor, AppContext } from '../context.js';
import { historyEntry } from '../history.js';
import { newId } from '../ids.js';
import { requireNote } from './notes.js';

const MAX_FLAGGED = 50;

function explain(claims: readonly Claim[], note: string, actor: Actor): string {
  return `Flagged by ${actor.id}: ${note} — ${claims.map((claim) => `"${claim.text}"`).join(' vs ')}`;
}

/** Flagging the same claims again re-opens (or re-notes) the one conflict they have: never a second one. */
export async function flagConflict(context: AppContext, rawIds: readonly string[], rawNote: string, actor: Actor): Promise<Conflict> {
  const note = requireNote(rawNote);
  const ids = [...new Set(rawIds.map((id) => id.trim()))];
  if (ids.length < 2) throw new DomainError(ErrorCode.ConflictFlagInvalid, 'flag at least two different claims', ['claimIds']);
  if (ids.length > MAX_FLAGGED) throw new DomainError(ErrorCode.ConflictFlagInvalid, `flag at most ${MAX_FLAGGED} claims`, ['claimIds']);
  return context.writeLock.run(async () => {
    const found = await context.store.getClaims(ids);
    const missing = found.findIndex((claim) => !claim);
    if (missing >= 0) throw new DomainError(ErrorCode.ClaimNotFound, `no claim with id ${ids[missing]}`, ['claimIds', rawIds.indexOf(ids[missing]!)]);
    const claims = found as Claim[];
    const key = conflictKey(MANUAL_RULE, ids);
    const [involving] = await context.store.conflictsOfClaims([ids[0]!]);
    const current = involving!.find((conflict) => conflict.key === key);
    const now = context.now().toISOString();
    const members = claims.map((claim) => ({ claimId: claim.id, role: 'flagged', version: claim.version }));
    const flagged: Conflict = current
      ? {
          ...current,
          claims: members,
          status: current.status === 'CONFIRMED' ? 'CONFIRMED' : 'OPEN',
          statusBy: actor.id,
          statusAt: now,
          statusNote: note,
          updatedAt: now,
          version: current.version + 1,
        }
      : {
          id: newId('Conflict'),
          key,
          rule: MANUAL_RULE,
          severity: 'MEDIUM',
          status: 'OPEN',
          explanation: explain(claims, note, actor),
          details: { flaggedBy: actor.id, note },
          claims: members,
          detectedAt: now,
          updatedAt: now,
          statusBy: actor.id,
          statusAt: now,
          statusNote: note,
          version: 1,
        };
    // A new flag is announced like a detected conflict: a person found it.
    await commitAndPublish(context, {
      conflicts: [flagged],
      history: [historyEntry(flagged, current ?? null, flagged, 'flagged', actor, now, note)],
      ...(current ? { expectedVersions: { [current.id]: current.version } } : {}),
    });
    return flagged;
  });
}
