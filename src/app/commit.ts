// Commits a use case's change set, then announces what it wrote (new conflicts, reviews) on the event bus.
import type { ChangeSet } from '../store/port.js';
import type { AppContext } from './context.js';
import type { DomainEvent } from './events.js';

/** The events a committed change set stands for. A conflict at version 1 is a new finding. */
export function eventsOf(changes: ChangeSet): DomainEvent[] {
  return [
    ...(changes.conflicts ?? []).filter((conflict) => conflict.version === 1).map((conflict) => ({ type: 'conflictDetected' as const, conflict })),
    ...(changes.reviews ?? []).map((review) => ({ type: 'claimReviewed' as const, review })),
  ];
}

/** Events go out only once the store has acknowledged the commit, so a subscriber never sees a write that failed. */
export async function commitAndPublish(context: AppContext, changes: ChangeSet): Promise<void> {
  await context.store.commit(changes);
  for (const event of eventsOf(changes)) context.events.emit(event);
}
