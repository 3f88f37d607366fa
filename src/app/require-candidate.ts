// Review applies to candidates only: accepting or rejecting a claim in any other status is a coded error.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim } from '../domain/model.js';

export function requireCandidate(claim: Claim, action: 'accept' | 'reject'): void {
  if (claim.status === 'CANDIDATE') return;
  const instead = claim.status === 'ACCEPTED' && action === 'reject' ? '; retract an accepted claim instead' : '';
  throw new DomainError(
    ErrorCode.ClaimStatusInvalid,
    `claim ${claim.id} is ${claim.status}; only a CANDIDATE can be ${action === 'accept' ? 'accepted' : 'rejected'}${instead}`,
    ['id'],
    { status: claim.status },
  );
}
