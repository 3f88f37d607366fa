// Domain events the use cases announce after a commit succeeds; the API bridges them to subscriptions.
import type { Conflict, Review } from '../domain/model.js';

export type DomainEvent = { type: 'claimReviewed'; review: Review } | { type: 'conflictDetected'; conflict: Conflict };
export type DomainEventType = DomainEvent['type'];
export type Listener = (event: DomainEvent) => void;

/** In-process and synchronous: listeners only hand events on (to a pubsub), so they never slow a write down. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: DomainEvent): void {
    for (const listener of this.listeners) {
      // The write has already succeeded: a failing listener must not turn it into an error for the caller.
      try {
        listener(event);
      } catch (error) {
        console.error(`event listener failed on ${event.type}:`, error);
      }
    }
  }
}
