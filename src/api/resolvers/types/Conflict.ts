// Conflict's links: its claims (with their roles) and its history.
import type { ConflictClaimResolvers, ConflictResolvers } from '../../generated/resolvers-types.js';

export const Conflict: ConflictResolvers = {
  history: (conflict, _args, { loaders }) => loaders.history.load(conflict.id),
};

export const ConflictClaim: ConflictClaimResolvers = {
  // A conflict only ever names claims that exist: claims are never deleted.
  claim: async (member, _args, { loaders }) => (await loaders.claim.load(member.claimId))!,
};
