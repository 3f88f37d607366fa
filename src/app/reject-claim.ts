// Use case: a reviewer rejects a candidate with a reason; it is kept, marked REJECTED, never deleted.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim } from '../domain/model.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { requireClaim } from './lookups.js';
import { requireCandidate } from './require-candidate.js';

const MAX_REASON = 2000;

export async function rejectClaim(context: AppContext, id: string, reason: string, actor: Actor): Promise<Claim> {
  const why = reason.trim();
  if (!why) throw new DomainError(ErrorCode.InputInvalid, 'reason: must not be empty', ['reason']);
  if (why.length > MAX_REASON) throw new DomainError(ErrorCode.InputInvalid, `reason: at most ${MAX_REASON} characters`, ['reason']);
  return context.writeLock.run(async () => {
    const current = await requireClaim(context, id);
    requireCandidate(current, 'reject');
    const now = context.now().toISOString();
    const rejected: Claim = { ...current, status: 'REJECTED', statusReason: why, updatedAt: now, version: current.version + 1 };
    const changes = {
      claims: [rejected],
      history: [historyEntry(rejected, current, rejected, 'rejected', actor, now, why)],
      expectedVersions: { [id]: current.version },
    };
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return rejected;
  });
}
