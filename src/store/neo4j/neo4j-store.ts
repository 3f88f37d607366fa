// The Neo4j GraphStore: each port method runs one named cypher/ statement in a managed transaction and maps the rows.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { Claim, Conflict, Entity, EntityKind, HistoryEntry, Period, Review, Source } from '../../domain/model.js';
import type { PredicateDefinition } from '../../domain/predicates.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import type {
  ChangeSet,
  ClaimKey,
  ClaimQuery,
  ConflictFilter,
  GraphPathResult,
  GraphStore,
  Page,
  PageRequest,
  PathStep,
  StoreCounts,
} from '../port.js';
import { commitWork } from './commit.js';
import { Neo4jConnection, type Neo4jConnectionOptions } from './connection.js';
import { CypherLibrary, DEFAULT_CYPHER_DIR } from './cypher-loader.js';
import {
  orNullRecord,
  toClaim,
  toConflict,
  toEntity,
  toHistoryEntry,
  toPeriod,
  toPlain,
  toPredicate,
  toReview,
  toSource,
} from './mapping.js';
import { normalizeName } from './rows.js';
import { applySchemaMigrations, type MigrationReport } from './schema-migrations.js';
import { Statement, type StatementName } from './statements.js';

export interface Neo4jStoreOptions extends Neo4jConnectionOptions {
  /** Where the .cypher files are (default: the repository's cypher/). */
  cypherDir?: string;
  /** Rows per UNWIND statement in a commit (default 10,000: the API's largest batch in one round trip). */
  writeBatchSize?: number;
}

/** Rows per scanAll change set, as the memory store yields them. */
const SCAN_BATCH = 1000;

const int = (value: number) => neo4j.int(Math.max(0, Math.min(Math.trunc(value), Number.MAX_SAFE_INTEGER)));
const unique = (values: readonly string[]): string[] => [...new Set(values)];

function pageOf<T extends { id: string }>(fetched: T[], totalCount: number, first: number): Page<T> {
  const items = fetched.slice(0, Math.max(0, first));
  const last = items[items.length - 1];
  return { items, totalCount, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: fetched.length > items.length };
}

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;
  private connection: Neo4jConnection | null = null;
  private cypher: CypherLibrary | null = null;
  /** What the last open() did to the schema, for tests and start-up logs. */
  lastMigration: MigrationReport | null = null;

  constructor(
    private readonly options: Neo4jStoreOptions,
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {}

  /** Loads the statements, waits for Neo4j (with backoff), then applies the schema migrations. */
  async open(): Promise<void> {
    const cypher = await CypherLibrary.load(this.options.cypherDir ?? DEFAULT_CYPHER_DIR);
    const connection = this.createConnection();
    try {
      await connection.untilAvailable('connecting', () => connection.verify());
      this.lastMigration = await connection.untilAvailable('applying the schema', () =>
        applySchemaMigrations(connection, cypher, this.onWarning),
      );
    } catch (error) {
      await connection.close();
      throw error;
    }
    this.cypher = cypher;
    this.connection = connection;
  }

  /** The one seam to Neo4j: tests without a server substitute a connection that records what would run. */
  protected createConnection(): Neo4jConnection {
    return new Neo4jConnection(this.options, this.onWarning);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    await connection?.close();
  }

  async isReady(): Promise<boolean> {
    return this.connection ? this.connection.isReady() : false;
  }

  async commit(changes: ChangeSet): Promise<void> {
    const { connection, cypher } = this.opened();
    const batchSize = this.options.writeBatchSize ?? 10_000;
    await connection.write((tx) => commitWork(tx, cypher, changes, batchSize));
  }

  /** Neo4j keeps its own checkpoints and transaction logs: a bulk load is a run of ordinary commits. */
  async bulkLoad<T>(load: () => Promise<T>): Promise<T> {
    return load();
  }

  // ---- lookups by key: one row per distinct key, returned in the caller's order with nulls ----

  getClaims(ids: readonly string[]): Promise<Array<Claim | null>> {
    return this.lookup(Statement.getClaims, 'ids', 'id', ids, toClaim);
  }

  getEntities(ids: readonly string[]): Promise<Array<Entity | null>> {
    return this.lookup(Statement.getEntities, 'ids', 'id', ids, toEntity);
  }

  getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return this.lookup(Statement.getSources, 'ids', 'id', ids, toSource);
  }

  getPeriods(ids: readonly string[]): Promise<Array<Period | null>> {
    return this.lookup(Statement.getPeriods, 'ids', 'id', ids, toPeriod);
  }

  getConflicts(ids: readonly string[]): Promise<Array<Conflict | null>> {
    return this.lookup(Statement.getConflicts, 'ids', 'id', ids, toConflict);
  }

  findEntitiesByName(names: readonly string[]): Promise<Array<Entity | null>> {
    return this.lookup(Statement.findEntitiesByName, 'keys', 'key', names.map(normalizeName), toEntity);
  }

  findSourcesByUrl(urls: readonly string[]): Promise<Array<Source | null>> {
    return this.lookup(Statement.findSourcesByUrl, 'urls', 'url', urls, toSource);
  }

  findClaimsByFingerprint(fingerprints: readonly string[]): Promise<Array<Claim | null>> {
    return this.lookup(Statement.findClaimsByFingerprint, 'fingerprints', 'fingerprint', fingerprints, toClaim);
  }

  // ---- pages ----

  /** All queries in one statement (UNWIND $queries), so a DataLoader batch is one round trip. */
  async listClaims(queries: readonly ClaimQuery[]): Promise<Array<Page<Claim>>> {
    if (queries.length === 0) return [];
    const rows = queries.map(({ filter, page }, index) => ({
      index: neo4j.int(index),
      ids: filter.ids ?? null,
      subjectIds: filter.subjectIds ?? null,
      objectIds: filter.objectIds ?? null,
      entityIds: filter.entityIds ?? null,
      predicates: filter.predicates ?? null,
      sourceIds: filter.sourceIds ?? null,
      statuses: filter.statuses ?? null,
      periodOverlaps: filter.periodOverlaps ? { start: filter.periodOverlaps.start, end: filter.periodOverlaps.end } : null,
      // Split as the memory store does: every word must appear, case-insensitively.
      words: (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      after: decodeCursor(page.after) ?? '',
      first: int(page.first),
    }));
    const records = await this.read(Statement.listClaims, { queries: rows });
    const pages: Array<Page<Claim> | undefined> = new Array(queries.length);
    for (const record of records) {
      const index = toPlain(record.get('index')) as number;
      const claims = (record.get('records') as unknown[]).map(toClaim);
      const totalCount = toPlain(record.get('totalCount')) as number;
      const items = claims.slice(0, Math.max(0, queries[index]!.page.first));
      const last = items[items.length - 1];
      pages[index] = { items, totalCount, endCursor: last ? encodeCursor(last.id) : null, hasNextPage: record.get('hasNextPage') === true };
    }
    return pages.map((page, index) => {
      if (!page) throw new DomainError(ErrorCode.StoreCorrupt, `neo4j returned no page for claim query ${index}`);
      return page;
    });
  }

  listEntities(kind: EntityKind | null, page: PageRequest): Promise<Page<Entity>> {
    return this.page(Statement.listEntities, { kind }, page, toEntity);
  }

  listSources(page: PageRequest): Promise<Page<Source>> {
    return this.page(Statement.listSources, {}, page, toSource);
  }

  listConflicts(filter: ConflictFilter, page: PageRequest): Promise<Page<Conflict>> {
    return this.page(
      Statement.listConflicts,
      {
        statuses: filter.statuses ?? null,
        rules: filter.rules ?? null,
        claimIds: filter.claimIds ?? null,
        entityIds: filter.entityIds ?? null,
      },
      page,
      toConflict,
    );
  }

  // ---- lists per key ----

  productsOf(companyIds: readonly string[]): Promise<Entity[][]> {
    return this.listsById(Statement.productsOf, companyIds, toEntity);
  }

  mergedInto(entityIds: readonly string[]): Promise<Entity[][]> {
    return this.listsById(Statement.mergedInto, entityIds, toEntity);
  }

  conflictsOfClaims(claimIds: readonly string[]): Promise<Conflict[][]> {
    return this.listsById(Statement.conflictsOfClaims, claimIds, toConflict);
  }

  historyOf(targetIds: readonly string[]): Promise<HistoryEntry[][]> {
    return this.listsById(Statement.historyOf, targetIds, toHistoryEntry);
  }

  reviewsOf(claimIds: readonly string[]): Promise<Review[][]> {
    return this.listsById(Statement.reviewsOf, claimIds, toReview);
  }

  async claimsByKey(keys: readonly ClaimKey[]): Promise<Claim[][]> {
    if (keys.length === 0) return [];
    const rows = keys.map((key, index) => ({ index: neo4j.int(index), subjectId: key.subjectId, predicate: key.predicate, objectId: key.objectId }));
    const records = await this.read(Statement.claimsByKey, { keys: rows });
    const lists: Claim[][] = keys.map(() => []);
    for (const record of records) lists[toPlain(record.get('index')) as number] = (record.get('records') as unknown[]).map(toClaim);
    return lists;
  }

  // ---- scans ----

  async *scanClaims(batchSize: number): AsyncIterable<Claim[]> {
    yield* this.scan(Statement.scanClaims, Math.max(1, batchSize), toClaim);
  }

  /** Everything as change sets, in the memory store's order; each batch is its own read transaction. */
  async *scanAll(): AsyncIterable<ChangeSet> {
    yield { predicates: await this.listPredicates() };
    for await (const entities of this.scan(Statement.scanEntities, SCAN_BATCH, toEntity)) yield { entities };
    for await (const sources of this.scan(Statement.scanSources, SCAN_BATCH, toSource)) yield { sources };
    for await (const periods of this.scan(Statement.scanPeriods, SCAN_BATCH, toPeriod)) yield { periods };
    for await (const claims of this.scan(Statement.scanClaims, SCAN_BATCH, toClaim)) yield { claims };
    for await (const conflicts of this.scan(Statement.scanConflicts, SCAN_BATCH, toConflict)) yield { conflicts };
    for await (const history of this.scan(Statement.scanHistory, SCAN_BATCH, toHistoryEntry)) yield { history };
    for await (const reviews of this.scan(Statement.scanReviews, SCAN_BATCH, toReview)) yield { reviews };
  }

  // ---- graph ----

  /** Shortest paths in hops, found by allShortestPaths in Neo4j (see cypher/graph/paths.cypher). */
  async paths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPathResult[]> {
    // Neo4j's shortest path needs two distinct nodes; the memory store answers this case with an empty path.
    if (fromId === toId) return [{ fromId, steps: [] }];
    if (maxHops < 1 || limit < 1) return [];
    const records = await this.read(Statement.paths, { fromId, toId, maxHops: int(maxHops), limit: int(limit) });
    return records.map((record) => ({ fromId, steps: toPlain(record.get('steps')) as PathStep[] }));
  }

  async listPredicates(): Promise<PredicateDefinition[]> {
    const records = await this.read(Statement.listPredicates, {});
    return records.map((record) => toPredicate(record.get('record')));
  }

  async counts(): Promise<StoreCounts> {
    const [record] = await this.read(Statement.counts, {});
    const count = (key: keyof StoreCounts): number => (record ? (toPlain(record.get(key)) as number) : 0);
    return { claims: count('claims'), entities: count('entities'), sources: count('sources'), periods: count('periods'), conflicts: count('conflicts') };
  }

  // ---- helpers ----

  private opened(): { connection: Neo4jConnection; cypher: CypherLibrary } {
    if (!this.connection || !this.cypher) throw new DomainError(ErrorCode.StoreUnavailable, 'the Neo4j store is not open');
    return { connection: this.connection, cypher: this.cypher };
  }

  private async read(name: StatementName, parameters: Record<string, unknown>) {
    const { connection, cypher } = this.opened();
    return connection.read(async (tx: ManagedTransaction) => (await tx.run(cypher.get(name), parameters)).records);
  }

  private async lookup<T>(
    name: StatementName,
    parameter: string,
    keyColumn: string,
    keys: readonly string[],
    map: (raw: unknown) => T,
  ): Promise<Array<T | null>> {
    if (keys.length === 0) return [];
    const records = await this.read(name, { [parameter]: unique(keys) });
    const byKey = new Map(records.map((record) => [String(record.get(keyColumn)), orNullRecord(record.get('record'), map)]));
    return keys.map((key) => byKey.get(key) ?? null);
  }

  private async listsById<T>(name: StatementName, ids: readonly string[], map: (raw: unknown) => T): Promise<T[][]> {
    if (ids.length === 0) return [];
    const records = await this.read(name, { ids: unique(ids) });
    const byId = new Map(records.map((record) => [String(record.get('id')), (record.get('records') as unknown[]).map(map)]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** One page by id after the cursor: the statement fetches first + 1 rows to know whether another page follows. */
  private async page<T extends { id: string }>(
    name: StatementName,
    parameters: Record<string, unknown>,
    request: PageRequest,
    map: (raw: unknown) => T,
  ): Promise<Page<T>> {
    const after = decodeCursor(request.after) ?? '';
    const [record] = await this.read(name, { ...parameters, after, limit: int(request.first + 1) });
    if (!record) throw new DomainError(ErrorCode.StoreCorrupt, `neo4j returned no page from ${name}`);
    return pageOf((record.get('records') as unknown[]).map(map), toPlain(record.get('totalCount')) as number, request.first);
  }

  private async *scan<T extends { id: string }>(name: StatementName, batchSize: number, map: (raw: unknown) => T): AsyncIterable<T[]> {
    let after = '';
    for (;;) {
      const records = await this.read(name, { after, limit: int(batchSize) });
      const batch = records.map((record) => map(record.get('record')));
      if (batch.length === 0) return;
      yield batch;
      if (batch.length < batchSize) return;
      after = batch[batch.length - 1]!.id;
    }
  }
}
