// Review's fields: the claim it judges, its schema.org rating scale, and the review it superseded.
import { ratingScale } from '../../../domain/rating.js';
import type { ReviewResolvers } from '../../generated/resolvers-types.js';

export const Review: ReviewResolvers = {
  claim: async (review, _args, { loaders }) => (await loaders.claim.load(review.claimId))!,
  ratingValue: (review) => ratingScale(review.rating).ratingValue,
  ratingName: (review) => ratingScale(review.rating).alternateName,
  // The superseded review is one of the same claim's reviews, which the loader already batches.
  supersedes: async (review, _args, { loaders }) =>
    review.supersedesId ? (await loaders.reviews.load(review.claimId)).find((earlier) => earlier.id === review.supersedesId) ?? null : null,
};
