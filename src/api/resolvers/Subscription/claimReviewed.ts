// Subscription.claimReviewed: every verdict recorded from now on, as it is committed.
import type { Review } from '../../../domain/model.js';
import type { SubscriptionResolvers } from '../../generated/resolvers-types.js';
import { pubsubOf } from '../../pubsub.js';

export const claimReviewed: SubscriptionResolvers['claimReviewed'] = {
  subscribe: (_parent, _args, { app }) => pubsubOf(app).subscribe('claimReviewed'),
  resolve: (review: Review) => review,
};
