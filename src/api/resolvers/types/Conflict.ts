// Conflict's links: its claims (with their roles) and its history.
import type { ConflictClaimResolvers, ConflictResolvers } from '../../generated/resolvers-types.js';
import { named } from '../../loaders.js';

export const Conflict: ConflictResolvers = {
  history: (conflict, _args, { loaders }) => loaders.history.load(conflict.id),
};

export const ConflictClaim: ConflictClaimResolvers = {
  // A conflict only ever names claims that exist: claims are never deleted.
  claim: (member, _args, { loaders }) => named(loaders.claim.load(member.claimId)),
};
