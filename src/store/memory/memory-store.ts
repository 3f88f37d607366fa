// The embedded GraphStore: the graph in process memory, every commit journaled and fsynced before it is applied.
import { periodsOverlap } from '../../domain/period.js';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { Claim, Conflict, Entity, EntityKind, HistoryEntry, Period, Review, Source } from '../../domain/model.js';
import type { PredicateDefinition } from '../../domain/predicates.js';
import { pageOfSorted } from '../pagination.js';
import type {
  ChangeSet,
  ClaimKey,
  ClaimQuery,
  ConflictFilter,
  GraphPathResult,
  GraphStore,
  Page,
  PageRequest,
  StoreCounts,
} from '../port.js';
import { queryClaims } from './claim-query.js';
import { Journal } from './journal.js';
import { shortestPaths } from './paths.js';
import { applySnapshotItem, snapshotSource, type SnapshotItem } from './snapshot/state-source.js';
import { GraphState, claimKey, normalizeName } from './state.js';

export interface MemoryStoreOptions {
  /** Where the journal and snapshots live; null keeps everything in memory only (tests). */
  dataDir: string | null;
  /**
   * Write a snapshot once this many journal bytes have accumulated since the last one, and at least as
   * many as this process journaled before it: the interval grows with the graph, so a bulk load writes
   * snapshots of about its own size in total rather than a whole graph every 256 MB (quadratic).
   */
  snapshotAfterBytes?: number;
  /**
   * Close writes a snapshot only when more journal bytes than this lie past the last one. A smaller tail is
   * left for the next open to replay (about 20 ms a MB), because writing a snapshot costs the whole graph:
   * seconds at a million claims, for a session that made a few edits. 0: close always writes one.
   */
  closeSnapshotAfterBytes?: number;
  /** Told about recovery warnings (a torn last record dropped, a bad snapshot skipped). */
  onWarning?: (message: string) => void;
}

const DEFAULT_SNAPSHOT_BYTES = 256 * 1024 * 1024;
/** About 40 ms of replay at the next open: a thousand or so single-claim writes or reviews. */
const DEFAULT_CLOSE_SNAPSHOT_BYTES = 2 * 1024 * 1024;

/** The claims detection compares: accepted ones and candidates (which may be accepted later). */
const isLive = (claim: Claim): boolean => claim.status === 'ACCEPTED' || claim.status === 'CANDIDATE';

export class MemoryStore implements GraphStore {
  readonly name = 'memory' as const;
  private state = new GraphState();
  private journal: Journal<ChangeSet, SnapshotItem> | null = null;
  /** Journal bytes this process wrote before its last snapshot: the next one waits for as many again. */
  private bytesBeforeLastSnapshot = 0;
  /** Bulk loads under way (see bulkLoad): while there is one, commits write no snapshot. */
  private bulkLoads = 0;
  /** Commits apply in journal order, one at a time. */
  private commitQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: MemoryStoreOptions) {}

  async open(): Promise<void> {
    if (this.options.dataDir === null) return;
    const opened = await Journal.open<ChangeSet, SnapshotItem>(this.options.dataDir);
    const state = new GraphState();
    try {
      if (opened.snapshot) for await (const item of opened.snapshot.items) applySnapshotItem(state, item);
      for await (const record of opened.records) state.apply(record.payload);
    } catch (error) {
      await opened.journal.close(); // releases the directory lock: this process is not using the directory
      throw error;
    }
    for (const warning of opened.warnings) this.options.onWarning?.(warning);
    this.state = state;
    this.journal = opened.journal;
  }

  async close(): Promise<void> {
    await this.commitQueue.catch(() => undefined);
    if (this.journal) {
      const tailWorthASnapshot = this.journal.bytesSinceSnapshot() > (this.options.closeSnapshotAfterBytes ?? DEFAULT_CLOSE_SNAPSHOT_BYTES);
      // A damaged newest snapshot is replaced now, or every open would skip it and replay from an older one.
      if (this.journal.recordsSinceSnapshot() > 0 && (tailWorthASnapshot || this.journal.hasSkippedSnapshot())) await this.snapshot();
      await this.journal.close();
      this.journal = null;
    }
  }

  async isReady(): Promise<boolean> {
    return this.options.dataDir === null || this.journal !== null;
  }

  commit(changes: ChangeSet): Promise<void> {
    const run = this.commitQueue.then(() => this.commitNow(changes));
    this.commitQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Snapshots wait while `load` runs: each is a write of the whole graph, so a load that grows the graph from
   * nothing to a million claims wrote three (at about a quarter, a half and all of it), which took a third of
   * its time. The first commit past the threshold after the load, or the close, writes the one it needs.
   */
  async bulkLoad<T>(load: () => Promise<T>): Promise<T> {
    this.bulkLoads += 1;
    try {
      return await load();
    } finally {
      this.bulkLoads -= 1;
    }
  }

  private async commitNow(changes: ChangeSet): Promise<void> {
    this.checkExpectedVersions(changes.expectedVersions ?? {});
    const { expectedVersions: _checked, ...record } = changes;
    if (this.journal) await this.journal.append([record]);
    this.state.apply(record);
    const threshold = Math.max(this.options.snapshotAfterBytes ?? DEFAULT_SNAPSHOT_BYTES, this.bytesBeforeLastSnapshot);
    if (this.journal && this.bulkLoads === 0 && this.journal.bytesSinceSnapshot() > threshold) {
      this.bytesBeforeLastSnapshot += this.journal.bytesSinceSnapshot();
      await this.snapshot();
    }
  }

  private checkExpectedVersions(expected: Record<string, number>): void {
    for (const [id, version] of Object.entries(expected)) {
      const current = this.state.claims.get(id) ?? this.state.entities.get(id) ?? this.state.conflicts.get(id);
      if (!current) throw new DomainError(ErrorCode.NodeNotFound, `no node with id ${id}`, ['id']);
      if (current.version !== version) {
        throw new DomainError(
          ErrorCode.VersionStale,
          `${id} is at version ${current.version}, not ${version}: reload it and apply your change again`,
          ['expectedVersion'],
          { currentVersion: current.version },
        );
      }
    }
  }

  private async snapshot(): Promise<void> {
    if (!this.journal) return;
    await this.journal.writeSnapshot(this.journal.lastSeq, snapshotSource(this.state));
  }

  async getClaims(ids: readonly string[]): Promise<Array<Claim | null>> {
    return ids.map((id) => this.state.claims.get(id) ?? null);
  }

  async getEntities(ids: readonly string[]): Promise<Array<Entity | null>> {
    return ids.map((id) => this.state.entities.get(id) ?? null);
  }

  async getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return ids.map((id) => this.state.sources.get(id) ?? null);
  }

  async getPeriods(ids: readonly string[]): Promise<Array<Period | null>> {
    return ids.map((id) => this.state.periods.get(id) ?? null);
  }

  async getConflicts(ids: readonly string[]): Promise<Array<Conflict | null>> {
    return ids.map((id) => this.state.conflicts.get(id) ?? null);
  }

  async findEntitiesByName(names: readonly string[]): Promise<Array<Entity | null>> {
    return names.map((name) => {
      const id = this.state.entityByName.get(normalizeName(name));
      return id ? this.state.entities.get(id) ?? null : null;
    });
  }

  async findSourcesByUrl(urls: readonly string[]): Promise<Array<Source | null>> {
    return urls.map((url) => {
      const id = this.state.sourceByUrl.get(url);
      return id ? this.state.sources.get(id) ?? null : null;
    });
  }

  async findClaimsByFingerprint(fingerprints: readonly string[]): Promise<Array<Claim | null>> {
    return fingerprints.map((fingerprint) => {
      const id = this.state.claimByFingerprint.get(fingerprint);
      return id ? this.state.claims.get(id) ?? null : null;
    });
  }

  async listClaims(queries: readonly ClaimQuery[]): Promise<Array<Page<Claim>>> {
    return queries.map((query) => queryClaims(this.state, query));
  }

  async listEntities(kind: EntityKind | null, page: PageRequest): Promise<Page<Entity>> {
    const live = this.state.entityOrder
      .map((id) => this.state.entities.get(id)!)
      .filter((entity) => entity.mergedIntoId === null && (kind === null || entity.kind === kind));
    return pageOfSorted(live, page);
  }

  async listSources(page: PageRequest): Promise<Page<Source>> {
    return pageOfSorted(this.state.sourceOrder.map((id) => this.state.sources.get(id)!), page);
  }

  async listConflicts(filter: ConflictFilter, page: PageRequest): Promise<Page<Conflict>> {
    const entityClaims = filter.entityIds ? this.claimIdsAbout(filter.entityIds) : null;
    const matching = this.state.conflictOrder
      .map((id) => this.state.conflicts.get(id)!)
      .filter(
        (conflict) =>
          (!filter.statuses || filter.statuses.includes(conflict.status)) &&
          (!filter.rules || filter.rules.includes(conflict.rule)) &&
          (!filter.claimIds || conflict.claims.some((member) => filter.claimIds!.includes(member.claimId))) &&
          (!entityClaims || conflict.claims.some((member) => entityClaims.has(member.claimId))),
      );
    return pageOfSorted(matching, page);
  }

  private claimIdsAbout(entityIds: readonly string[]): Set<string> {
    const ids = new Set<string>();
    for (const entityId of entityIds) {
      for (const position of this.state.claimsBySubject.get(entityId) ?? []) ids.add(this.state.claimIdAt(position));
      for (const position of this.state.claimsByObject.get(entityId) ?? []) ids.add(this.state.claimIdAt(position));
    }
    return ids;
  }

  async productsOf(companyIds: readonly string[]): Promise<Entity[][]> {
    return companyIds.map((id) => [...(this.state.productsByMaker.get(id) ?? [])].sort().map((productId) => this.state.entities.get(productId)!));
  }

  async mergedInto(entityIds: readonly string[]): Promise<Entity[][]> {
    return entityIds.map((id) => [...(this.state.entitiesMergedInto.get(id) ?? [])].sort().map((mergedId) => this.state.entities.get(mergedId)!));
  }

  async conflictsOfClaims(claimIds: readonly string[]): Promise<Conflict[][]> {
    return claimIds.map((id) => [...(this.state.conflictsByClaim.get(id) ?? [])].sort().map((conflictId) => this.state.conflicts.get(conflictId)!));
  }

  async claimsByKey(keys: readonly ClaimKey[]): Promise<Claim[][]> {
    return keys.map((key) => {
      if (key.subjectId === null && key.overlapping) {
        return this.state.anySubjectClaims(key.predicate, key.objectId, key.overlapping).filter(isLive);
      }
      const claims = (this.state.claimsByKey.get(claimKey(key.subjectId, key.predicate, key.objectId)) ?? []).map((position) => this.state.claims.at(position)!);
      return key.overlapping ? claims.filter((claim) => isLive(claim) && this.meetsAny(claim.periodId, key.overlapping!)) : claims.filter(isLive);
    });
  }

  /** Whether a claim's period overlaps one of `windows`; an undated claim (or one of an unknown period) meets them all. */
  private meetsAny(periodId: string | null | undefined, windows: ReadonlyArray<{ start: string | null; end: string | null }>): boolean {
    const period = periodId ? this.state.periods.get(periodId) : undefined;
    return !period || windows.some((window) => periodsOverlap(period, window));
  }

  async *scanClaims(batchSize: number): AsyncIterable<Claim[]> {
    // A copy: claims written while the scan waits between batches are not in it (their positions are new).
    const order = [...this.state.claimOrder];
    const claims = this.state.claims;
    for (let start = 0; start < order.length; start += batchSize) {
      const end = Math.min(start + batchSize, order.length);
      const batch: Claim[] = new Array<Claim>(end - start);
      for (let index = start; index < end; index++) batch[index - start] = claims.at(order[index]!)!;
      yield batch;
    }
  }

  async *scanAll(): AsyncIterable<ChangeSet> {
    yield* this.state.asChangeSets();
  }

  async paths(fromId: string, toId: string, maxHops: number, limit: number): Promise<GraphPathResult[]> {
    return shortestPaths(this.state, fromId, toId, maxHops, limit);
  }

  async historyOf(targetIds: readonly string[]): Promise<HistoryEntry[][]> {
    return targetIds.map((id) => this.state.historyOf(id));
  }

  async reviewsOf(claimIds: readonly string[]): Promise<Review[][]> {
    return claimIds.map((id) =>
      [...(this.state.reviewsByClaim.get(id) ?? [])]
        .map((reviewId) => this.state.reviews.get(reviewId)!)
        .sort(newestFirst),
    );
  }

  async listPredicates(): Promise<PredicateDefinition[]> {
    return [...this.state.predicates.values()];
  }

  async counts(): Promise<StoreCounts> {
    return {
      claims: this.state.claims.size,
      entities: this.state.entities.size,
      sources: this.state.sources.size,
      periods: this.state.periods.size,
      conflicts: this.state.conflicts.size,
    };
  }
}

const newestFirst = (a: Review, b: Review): number =>
  a.reviewedAt === b.reviewedAt ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.reviewedAt < b.reviewedAt ? 1 : -1;
