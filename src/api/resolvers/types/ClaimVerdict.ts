// Claim's verdict fields: current review and rating, the earlier reviews, and its Wikidata-style rank.
import { rankOf } from '../../../domain/rank.js';
import type { ClaimResolvers } from '../../generated/resolvers-types.js';

export const ClaimVerdict: ClaimResolvers = {
  review: async (claim, _args, { loaders }) => (await loaders.reviews.load(claim.id))[0] ?? null,
  rating: async (claim, _args, { loaders }) => (await loaders.reviews.load(claim.id))[0]?.rating ?? null,
  reviews: async (claim, _args, { loaders }) => (await loaders.reviews.load(claim.id)).slice(1),
  rank: async (claim, _args, { loaders }) => rankOf(claim, (await loaders.reviews.load(claim.id))[0]?.rating ?? null),
};
