// Per-request DataLoaders: every lookup in one GraphQL request is batched into one store call per kind and tick.
import DataLoader from 'dataloader';
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../domain/model.js';
import { corroborationsOf } from '../app/conflicts/corroborations.js';
import type { ClaimQuery, GraphStore, Page } from '../store/port.js';

type Batch<K, V> = DataLoader.BatchLoadFn<K, V>;

/** One store's batch functions, made once and shared by every request's loaders. */
interface Batches {
  claim: Batch<string, Claim | null>;
  entity: Batch<string, Entity | null>;
  source: Batch<string, Source | null>;
  period: Batch<string, Period | null>;
  conflict: Batch<string, Conflict | null>;
  claimPage: Batch<ClaimQuery, Page<Claim>>;
  products: Batch<string, Entity[]>;
  mergedInto: Batch<string, Entity[]>;
  history: Batch<string, HistoryEntry[]>;
  reviews: Batch<string, Review[]>;
  conflictsOfClaim: Batch<string, Conflict[]>;
  corroborations: Batch<Claim, Claim[]>;
}

const batchesByStore = new WeakMap<GraphStore, Batches>();

function batchesOf(store: GraphStore): Batches {
  let batches = batchesByStore.get(store);
  if (!batches) {
    batches = {
      claim: (ids) => store.getClaims(ids),
      entity: (ids) => store.getEntities(ids),
      source: (ids) => store.getSources(ids),
      period: (ids) => store.getPeriods(ids),
      conflict: (ids) => store.getConflicts(ids),
      claimPage: (queries) => store.listClaims(queries),
      products: (ids) => store.productsOf(ids),
      mergedInto: (ids) => store.mergedInto(ids),
      history: (ids) => store.historyOf(ids),
      reviews: (ids) => store.reviewsOf(ids),
      conflictsOfClaim: (ids) => store.conflictsOfClaims(ids),
      corroborations: (claims) => corroborationsOf(store, claims),
    };
    batchesByStore.set(store, batches);
  }
  return batches;
}

// Connections nested under a list (each entity's claims) collapse into one listClaims call.
const claimPageKey = { cacheKeyFn: (query: ClaimQuery) => JSON.stringify(query) };
const claimKey = { cacheKeyFn: (claim: Claim) => claim.id };

/**
 * The loaders of one request, each made on first use: a request reads three or four kinds, and making
 * all twelve (with their batch closures) for every request was ~1% of serving the query mix.
 */
export class Loaders {
  readonly #batches: Batches;
  #claim?: DataLoader<string, Claim | null>;
  #entity?: DataLoader<string, Entity | null>;
  #source?: DataLoader<string, Source | null>;
  #period?: DataLoader<string, Period | null>;
  #conflict?: DataLoader<string, Conflict | null>;
  #claimPage?: DataLoader<ClaimQuery, Page<Claim>, string>;
  #products?: DataLoader<string, Entity[]>;
  #mergedInto?: DataLoader<string, Entity[]>;
  #history?: DataLoader<string, HistoryEntry[]>;
  #reviews?: DataLoader<string, Review[]>;
  #conflictsOfClaim?: DataLoader<string, Conflict[]>;
  #corroborations?: DataLoader<Claim, Claim[], string>;

  constructor(store: GraphStore) {
    this.#batches = batchesOf(store);
  }

  get claim() {
    return (this.#claim ??= new DataLoader(this.#batches.claim));
  }
  get entity() {
    return (this.#entity ??= new DataLoader(this.#batches.entity));
  }
  get source() {
    return (this.#source ??= new DataLoader(this.#batches.source));
  }
  get period() {
    return (this.#period ??= new DataLoader(this.#batches.period));
  }
  get conflict() {
    return (this.#conflict ??= new DataLoader(this.#batches.conflict));
  }
  get claimPage() {
    return (this.#claimPage ??= new DataLoader(this.#batches.claimPage, claimPageKey));
  }
  get products() {
    return (this.#products ??= new DataLoader(this.#batches.products));
  }
  get mergedInto() {
    return (this.#mergedInto ??= new DataLoader(this.#batches.mergedInto));
  }
  get history() {
    return (this.#history ??= new DataLoader(this.#batches.history));
  }
  /** Each claim's reviews, newest first. */
  get reviews() {
    return (this.#reviews ??= new DataLoader(this.#batches.reviews));
  }
  /** Conflicts each claim takes part in. */
  get conflictsOfClaim() {
    return (this.#conflictsOfClaim ??= new DataLoader(this.#batches.conflictsOfClaim));
  }
  /** Accepted claims from other sources agreeing with each claim: two store calls per batch. */
  get corroborations() {
    return (this.#corroborations ??= new DataLoader(this.#batches.corroborations, claimKey));
  }
}

export function createLoaders(store: GraphStore): Loaders {
  return new Loaders(store);
}

/**
 * A record another one names (a claim's subject, a citation's source, a conflict's claims): never deleted,
 * so never null. Handed on as the loader's own promise, not awaited in an async resolver: that added a
 * promise and two microtask turns per field (hundreds in a page), each also run through AsyncLocalStorage's hooks.
 */
export const named = <T>(loading: Promise<T | null>): Promise<T> => loading as Promise<T>;
