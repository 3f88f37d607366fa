// Use case: a reviewer rejects a candidate with a reason; it is kept, marked REJECTED, never deleted.
import type { Claim } from '../domain/model.js';
import type { Actor, AppContext } from './context.js';
import { requireCandidate } from './require-candidate.js';
import { withdrawClaim } from './withdraw-claim.js';

export function rejectClaim(context: AppContext, id: string, reason: string, actor: Actor): Promise<Claim> {
  return withdrawClaim(context, id, reason, actor, {
    status: 'REJECTED',
    action: 'rejected',
    admit: (claim) => {
      requireCandidate(claim, 'reject');
      return true;
    },
  });
}
