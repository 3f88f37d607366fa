// What every use case needs: the store, the predicate registry, a clock, a write lock, and the caller.
import { PredicateRegistry } from '../domain/predicates.js';
import type { GraphStore } from '../store/port.js';
import { EventBus } from './events.js';

/** Serialises read-modify-write use cases in this process, so two batches never race on the same names. */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface Limits {
  /** Most claims one addClaims call may carry. */
  maxBatchSize: number;
  /** Most items one page may hold. */
  maxPageSize: number;
  defaultPageSize: number;
  /** Longest path (in hops) `path` searches. */
  maxPathHops: number;
}

export const DEFAULT_LIMITS: Limits = { maxBatchSize: 10_000, maxPageSize: 500, defaultPageSize: 20, maxPathHops: 6 };

export interface AppContext {
  store: GraphStore;
  registry: PredicateRegistry;
  writeLock: WriteLock;
  limits: Limits;
  now: () => Date;
  /** What committed writes announce (reviews, new conflicts); the API turns them into subscriptions. */
  events: EventBus;
}

/** Who is acting: recorded in history. Comes from the API key, never from input. */
export interface Actor {
  id: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system' };

export async function createAppContext(store: GraphStore, overrides: Partial<Omit<AppContext, 'store'>> = {}): Promise<AppContext> {
  const registry = overrides.registry ?? PredicateRegistry.withDeclared(await store.listPredicates());
  return {
    store,
    registry,
    writeLock: overrides.writeLock ?? new WriteLock(),
    limits: overrides.limits ?? DEFAULT_LIMITS,
    now: overrides.now ?? (() => new Date()),
    events: overrides.events ?? new EventBus(),
  };
}
