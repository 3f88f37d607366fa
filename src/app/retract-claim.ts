// Use case: retract a claim. It is kept and marked, never deleted, so history and citations survive.
import type { Claim } from '../domain/model.js';
import type { Actor, AppContext } from './context.js';
import { withdrawClaim } from './withdraw-claim.js';

export function retractClaim(context: AppContext, id: string, reason: string, actor: Actor): Promise<Claim> {
  // Retracting a retracted claim changes nothing.
  return withdrawClaim(context, id, reason, actor, { status: 'RETRACTED', action: 'retracted', admit: (claim) => claim.status !== 'RETRACTED' });
}
