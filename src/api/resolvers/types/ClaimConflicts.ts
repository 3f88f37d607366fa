// Claim's conflict fields: the conflicts it is in, the claims corroborating it, and how many sources back it.
import { independentSourceCount } from '../../../domain/conflicts/index.js';
import type { ClaimResolvers } from '../../generated/resolvers-types.js';

export const ClaimConflicts: ClaimResolvers = {
  conflicts: (claim, _args, { loaders }) => loaders.conflictsOfClaim.load(claim.id),
  corroborations: (claim, _args, { loaders }) => loaders.corroborations.load(claim),
  independentSourceCount: async (claim, _args, { loaders }) => {
    const corroborations = await loaders.corroborations.load(claim);
    // Periods play no part in counting sources.
    return independentSourceCount({ claim, period: null }, corroborations.map((other) => ({ claim: other, period: null })));
  },
};
