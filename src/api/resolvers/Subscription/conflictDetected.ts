// Subscription.conflictDetected: every new conflict from now on, as its commit succeeds.
import type { Conflict } from '../../../domain/model.js';
import type { SubscriptionResolvers } from '../../generated/resolvers-types.js';
import { pubsubOf } from '../../pubsub.js';

export const conflictDetected: SubscriptionResolvers['conflictDetected'] = {
  subscribe: (_parent, _args, { app }) => pubsubOf(app).subscribe('conflictDetected'),
  resolve: (conflict: Conflict) => conflict,
};
