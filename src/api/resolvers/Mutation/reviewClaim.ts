// Mutation.reviewClaim: record a verdict as the calling actor.
import { reviewClaim as reviewClaimUseCase } from '../../../app/review-claim.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const reviewClaim: MutationResolvers['reviewClaim'] = (_parent, { id, input }, { app, actor }) => reviewClaimUseCase(app, id, input, actor);
