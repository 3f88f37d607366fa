// Use case: retract a claim. It is kept and marked, never deleted, so history and citations survive.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim } from '../domain/model.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { historyEntry } from './history.js';
import { requireClaim } from './lookups.js';

export async function retractClaim(context: AppContext, id: string, reason: string, actor: Actor): Promise<Claim> {
  const why = reason.trim();
  if (!why) throw new DomainError(ErrorCode.InputInvalid, 'reason: must not be empty', ['reason']);
  return context.writeLock.run(async () => {
    const current = await requireClaim(context, id);
    if (current.status === 'RETRACTED') return current;
    const now = context.now().toISOString();
    const retracted: Claim = { ...current, status: 'RETRACTED', statusReason: why, updatedAt: now, version: current.version + 1 };
    const changes = {
      claims: [retracted],
      history: [historyEntry(retracted, current, retracted, 'retracted', actor, now, why)],
      expectedVersions: { [id]: current.version },
    };
    await commitAndPublish(context, await detectOnWrite(context, changes, actor));
    return retracted;
  });
}
