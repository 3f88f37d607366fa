// Bridges the app's domain events to graphql-yoga's pubsub, which feeds GraphQL subscriptions (served over SSE).
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { AppContext } from '../app/context.js';
import type { Conflict, Review } from '../domain/model.js';

export type ApiPubSub = PubSub<{ claimReviewed: [Review]; conflictDetected: [Conflict] }>;

// One bridge per app context, made on first use, so every server over the same app shares one event stream.
const bridges = new WeakMap<AppContext, ApiPubSub>();

export function pubsubOf(app: AppContext): ApiPubSub {
  const existing = bridges.get(app);
  if (existing) return existing;
  const pubsub: ApiPubSub = createPubSub();
  app.events.subscribe((event) => {
    if (event.type === 'claimReviewed') pubsub.publish('claimReviewed', event.review);
    else pubsub.publish('conflictDetected', event.conflict);
  });
  bridges.set(app, pubsub);
  return pubsub;
}
