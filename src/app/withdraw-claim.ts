// Shared by retract and reject: mark a claim withdrawn (kept, never deleted) with a reason, history and detection.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim } from '../domain/model.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { requireClaim } from './lookups.js';

const MAX_REASON = 2000;

export interface Withdrawal {
  status: 'RETRACTED' | 'REJECTED';
  /** The history action: 'retracted' or 'rejected'. */
  action: string;
  /** Checks the claim may be withdrawn this way; returns false when it already is (a no-op). */
  admit: (claim: Claim) => boolean;
}

/** A reason is required so a reader of the history knows why a claim stopped counting. */
function requireReason(reason: string): string {
  const why = reason.trim();
  if (!why) throw new DomainError(ErrorCode.InputInvalid, 'reason: must not be empty', ['reason']);
  if (why.length > MAX_REASON) throw new DomainError(ErrorCode.InputInvalid, `reason: at most ${MAX_REASON} characters`, ['reason']);
  return why;
}

export async function withdrawClaim(context: AppContext, id: string, reason: string, actor: Actor, how: Withdrawal): Promise<Claim> {
  const why = requireReason(reason);
  return context.writeLock.run(async () => {
    const current = await requireClaim(context, id);
    if (!how.admit(current)) return current;
    const now = context.now().toISOString();
    const withdrawn: Claim = { ...current, status: how.status, statusReason: why, updatedAt: now, version: current.version + 1 };
    const changes = {
      claims: [withdrawn],
      history: [historyEntry(withdrawn, current, withdrawn, how.action, actor, now, why)],
      expectedVersions: { [id]: current.version },
    };
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return withdrawn;
  });
}
