// Per-request DataLoaders: every lookup in one GraphQL request is batched into one store call per kind and tick.
import DataLoader from 'dataloader';
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../domain/model.js';
import { corroborationsOf } from '../app/conflicts/corroborations.js';
import type { ClaimQuery, GraphStore, Page } from '../store/port.js';

export interface Loaders {
  claim: DataLoader<string, Claim | null>;
  entity: DataLoader<string, Entity | null>;
  source: DataLoader<string, Source | null>;
  period: DataLoader<string, Period | null>;
  conflict: DataLoader<string, Conflict | null>;
  claimPage: DataLoader<ClaimQuery, Page<Claim>, string>;
  products: DataLoader<string, Entity[]>;
  mergedInto: DataLoader<string, Entity[]>;
  history: DataLoader<string, HistoryEntry[]>;
  /** Each claim's reviews, newest first. */
  reviews: DataLoader<string, Review[]>;
  /** Conflicts each claim takes part in. */
  conflictsOfClaim: DataLoader<string, Conflict[]>;
  /** Accepted claims from other sources agreeing with each claim: two store calls per batch. */
  corroborations: DataLoader<Claim, Claim[], string>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    claim: new DataLoader((ids) => store.getClaims(ids)),
    entity: new DataLoader((ids) => store.getEntities(ids)),
    source: new DataLoader((ids) => store.getSources(ids)),
    period: new DataLoader((ids) => store.getPeriods(ids)),
    conflict: new DataLoader((ids) => store.getConflicts(ids)),
    // Connections nested under a list (each entity's claims) collapse into one listClaims call.
    claimPage: new DataLoader((queries) => store.listClaims(queries), { cacheKeyFn: (query) => JSON.stringify(query) }),
    products: new DataLoader((ids) => store.productsOf(ids)),
    mergedInto: new DataLoader((ids) => store.mergedInto(ids)),
    history: new DataLoader((ids) => store.historyOf(ids)),
    reviews: new DataLoader((ids) => store.reviewsOf(ids)),
    conflictsOfClaim: new DataLoader((ids) => store.conflictsOfClaims(ids)),
    corroborations: new DataLoader((claims) => corroborationsOf(store, claims), { cacheKeyFn: (claim) => claim.id }),
  };
}

/**
 * A record another one names (a claim's subject, a citation's source, a conflict's claims): never deleted,
 * so never null. Handed on as the loader's own promise, not awaited in an async resolver: that added a
 * promise and two microtask turns per field (hundreds in a page), each also run through AsyncLocalStorage's hooks.
 */
export const named = <T>(loading: Promise<T | null>): Promise<T> => loading as Promise<T>;
