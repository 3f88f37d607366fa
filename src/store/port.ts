// The GraphStore port: everything the app layer may ask of a store, implemented by memory/ and neo4j/.
import type { Claim, ClaimStatus, Conflict, ConflictStatus, Entity, EntityKind, HistoryEntry, Period, Review, Source } from '../domain/model.js';
import type { PredicateDefinition } from '../domain/predicates.js';

/**
 * Everything one use case writes, applied atomically and durably: all of it or none of it.
 * Records are complete (upserts by id), so the store never merges fields itself.
 */
export interface ChangeSet {
  entities?: Entity[];
  sources?: Source[];
  periods?: Period[];
  claims?: Claim[];
  conflicts?: Conflict[];
  predicates?: PredicateDefinition[];
  history?: HistoryEntry[];
  /** Reviews are append-only: a review id is written once and never changed. */
  reviews?: Review[];
  /** Optimistic concurrency: the commit fails with claim.version.stale unless each id is at this version. */
  expectedVersions?: Record<string, number>;
}

export interface PageRequest {
  first: number;
  /** Opaque cursor from a previous page's endCursor. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export type EntityRole = 'SUBJECT' | 'OBJECT' | 'ANY';

export interface ClaimFilter {
  /** Entity ids, already resolved from names by the app layer (merged entities followed). */
  subjectIds?: string[];
  objectIds?: string[];
  /** Claims where any of these entities is subject or object. */
  entityIds?: string[];
  predicates?: string[];
  sourceIds?: string[];
  statuses?: ClaimStatus[];
  /** Claims whose period overlaps [start, end] (ISO dates, inclusive; null = open). */
  periodOverlaps?: { start: string | null; end: string | null };
  /** Case-insensitive words that must all appear in the claim's text. */
  text?: string;
  ids?: string[];
}

export interface ClaimQuery {
  filter: ClaimFilter;
  page: PageRequest;
}

export interface ClaimKey {
  subjectId: string | null;
  predicate: string;
  objectId: string | null;
  /**
   * A hint: only claims whose period overlaps one of these intervals (ISO dates, inclusive, null open),
   * and undated claims, are needed. A store may ignore it and return more, never fewer.
   */
  overlapping?: ReadonlyArray<{ start: string | null; end: string | null }>;
}

export interface ConflictFilter {
  statuses?: ConflictStatus[];
  rules?: string[];
  claimIds?: string[];
  /** Conflicts involving a claim about any of these entities (subject or object). */
  entityIds?: string[];
}

/** One step of a path: an entity reached through a claim, or through a maker link (MADE_BY). */
export interface PathStep {
  via: 'CLAIM' | 'MADE_BY';
  /** The claim crossed, when via is CLAIM. */
  claimId: string | null;
  entityId: string;
}

export interface GraphPathResult {
  fromId: string;
  steps: PathStep[];
}

export interface StoreCounts {
  claims: number;
  entities: number;
  sources: number;
  periods: number;
  conflicts: number;
}

/**
 * Reads are batched (ids in, results in the same order, null where missing) so DataLoader can
 * collapse a GraphQL request into a bounded number of store calls.
 */
export interface GraphStore {
  readonly name: 'memory' | 'neo4j';
  open(): Promise<void>;
  close(): Promise<void>;
  /** False while the backing database is unreachable. */
  isReady(): Promise<boolean>;

  commit(changes: ChangeSet): Promise<void>;
  /**
   * Runs `load` (many commits in a row: an import) as a bulk load. Every commit inside stays atomic and durable
   * when it resolves; what the store may put off until the load ends is housekeeping that costs the whole graph
   * each time (the memory store's snapshots, which a million-claim import would otherwise write three of). The
   * price: a crash during the load replays the load's whole journal at the next open.
   */
  bulkLoad<T>(load: () => Promise<T>): Promise<T>;

  getClaims(ids: readonly string[]): Promise<Array<Claim | null>>;
  getEntities(ids: readonly string[]): Promise<Array<Entity | null>>;
  getSources(ids: readonly string[]): Promise<Array<Source | null>>;
  getPeriods(ids: readonly string[]): Promise<Array<Period | null>>;
  getConflicts(ids: readonly string[]): Promise<Array<Conflict | null>>;

  /** By name or alias, case-insensitive; several names in one call. Merged entities are returned as they are. */
  findEntitiesByName(names: readonly string[]): Promise<Array<Entity | null>>;
  findSourcesByUrl(urls: readonly string[]): Promise<Array<Source | null>>;
  findClaimsByFingerprint(fingerprints: readonly string[]): Promise<Array<Claim | null>>;

  listClaims(queries: readonly ClaimQuery[]): Promise<Array<Page<Claim>>>;
  listEntities(kind: EntityKind | null, page: PageRequest): Promise<Page<Entity>>;
  listSources(page: PageRequest): Promise<Page<Source>>;
  listConflicts(filter: ConflictFilter, page: PageRequest): Promise<Page<Conflict>>;
  /** Entities made by each company id (the reverse of makerId). */
  productsOf(companyIds: readonly string[]): Promise<Entity[][]>;
  /** Entities merged into each id (the reverse of SAME_AS). */
  mergedInto(entityIds: readonly string[]): Promise<Entity[][]>;
  /** Conflicts involving each claim id. */
  conflictsOfClaims(claimIds: readonly string[]): Promise<Conflict[][]>;
  /**
   * Claims that could be compared with a claim of this (subject, predicate, object) key, for conflict
   * detection; statuses ACCEPTED and CANDIDATE only. subjectId null means any subject: every claim of
   * that predicate about that object (all shares of one market, all leaders of one market).
   */
  claimsByKey(keys: readonly ClaimKey[]): Promise<Claim[][]>;
  /** Every claim, in id order, for a full rescan or a migration. */
  scanClaims(batchSize: number): AsyncIterable<Claim[]>;
  scanAll(): AsyncIterable<ChangeSet>;

  /** Shortest paths between two entities through claims and maker links, at most maxHops hops long. */
  paths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPathResult[]>;

  historyOf(targetIds: readonly string[]): Promise<HistoryEntry[][]>;
  /** Every review of each claim id, newest first (reviewedAt, then id, descending): the first is the current verdict. */
  reviewsOf(claimIds: readonly string[]): Promise<Review[][]>;
  listPredicates(): Promise<PredicateDefinition[]>;
  counts(): Promise<StoreCounts>;
}
