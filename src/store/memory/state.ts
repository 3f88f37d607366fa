// The embedded store's in-process graph: records by id plus the indexes every query needs, kept in step on apply.
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../../domain/model.js';
import type { PredicateDefinition } from '../../domain/predicates.js';
import type { ChangeSet } from '../port.js';
import { ClaimTable } from './claim-table.js';
import { FingerprintIndex } from './fingerprint-index.js';
import { HistoryIndex } from './history-index.js';
import { ClaimLists } from './claim-lists.js';
import { PeriodSpans, type Span } from './period-spans.js';
import { insertSorted, insertSortedBy } from './id-lists.js';
import { internClaim, internHistory, QualifierPool, StringPool, ValuePool, type IdSource, type RecordPools } from './interning.js';

export const normalizeName = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');
export const claimKey = (subjectId: string | null, predicate: string, objectId: string | null): string =>
  `${subjectId ?? '*'}|${predicate}|${objectId ?? ''}`;

/** Adds to a Set held in a Map, creating it on first use. */
function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}

export class GraphState {
  readonly claims = new ClaimTable();
  /** Every claim's position in `claims`, in claim-id order. */
  readonly claimOrder: number[] = [];
  readonly entities = new Map<string, Entity>();
  readonly entityOrder: string[] = [];
  readonly sources = new Map<string, Source>();
  readonly sourceOrder: string[] = [];
  readonly periods = new Map<string, Period>();
  readonly conflicts = new Map<string, Conflict>();
  readonly conflictOrder: string[] = [];
  readonly predicates = new Map<string, PredicateDefinition>();
  readonly history = new HistoryIndex();
  readonly reviews = new Map<string, Review>();
  readonly reviewsByClaim = new Map<string, Set<string>>();

  readonly claimByFingerprint = new FingerprintIndex();
  // Claim indexes hold lists of claim positions, not Sets of ids: a million claims sit in six of them each.
  readonly claimsBySubject = new ClaimLists(this.claims);
  readonly claimsByObject = new ClaimLists(this.claims);
  readonly claimsByKey = new ClaimLists(this.claims);
  readonly claimsByPredicate = new ClaimLists(this.claims);
  readonly claimsBySource = new ClaimLists(this.claims);
  /** Any-subject keys (all shares of one market) split by period id ('' when undated), so detection can ask for one period's claims. */
  readonly claimsByKeyPeriod = new Map<string, ClaimLists>();
  readonly entityByName = new Map<string, string>();
  readonly productsByMaker = new Map<string, Set<string>>();
  readonly entitiesMergedInto = new Map<string, Set<string>>();
  readonly sourceByUrl = new Map<string, string>();
  readonly conflictByKey = new Map<string, string>();
  readonly conflictsByClaim = new Map<string, Set<string>>();

  private readonly pools: RecordPools = { strings: new StringPool(), values: new ValuePool(), qualifiers: new QualifierPool() };
  private readonly ids: IdSource = {
    entityId: (id) => this.entities.get(id)?.id,
    periodId: (id) => this.periods.get(id)?.id,
    sourceId: (id) => this.sources.get(id)?.id,
    nodeId: (id) => this.claims.get(id)?.id ?? this.entities.get(id)?.id ?? this.conflicts.get(id)?.id,
  };

  /**
   * Counts the change sets applied, so what is derived from the state (paths' hub link sets) can be kept
   * until the next write. Every write after open goes through apply(); restore* only run while loading.
   * A # field, not a property: the state's contents (as snapshots and their tests see them) stay the records.
   */
  #applied = 0;

  get revision(): number {
    return this.#applied;
  }

  apply(changes: ChangeSet): void {
    this.#applied++;
    for (const entity of changes.entities ?? []) this.putEntity(entity);
    for (const source of changes.sources ?? []) this.putSource(source);
    for (const period of changes.periods ?? []) this.periods.set(period.id, period);
    for (const claim of changes.claims ?? []) this.putClaim(claim);
    for (const conflict of changes.conflicts ?? []) this.putConflict(conflict);
    for (const predicate of changes.predicates ?? []) this.predicates.set(predicate.name, predicate);
    for (const entry of changes.history ?? []) this.putHistory(entry);
    for (const review of changes.reviews ?? []) {
      this.reviews.set(review.id, review);
      addTo(this.reviewsByClaim, review.claimId, review.id);
    }
  }

  /** Upsert by id like every other record: a replayed or migrated entry never appears twice. */
  private putHistory(entry: HistoryEntry): void {
    internHistory(entry, this.ids, this.pools.strings);
    this.history.put(entry);
  }

  /** Claims under an any-subject key whose period overlaps one of `windows`, undated ones included. */
  anySubjectClaims(predicate: string, objectId: string | null, windows: readonly Span[]): Claim[] {
    const byPeriod = this.claimsByKeyPeriod.get(claimKey(null, predicate, objectId));
    if (!byPeriod) return [];
    const claims: Claim[] = [];
    for (const periodId of this.periodSpansOf(byPeriod).overlapping(windows)) {
      for (const position of byPeriod.get(periodId)!) claims.push(this.claims.at(position)!);
    }
    return claims;
  }

  /**
   * The period index of an any-subject key, made when first asked and again once its periods change: a key's
   * periods are few and settle early (a market is stated for a hundred periods, then gets more claims in them).
   * A period's bounds never change (periods are shared by interval), but one unknown when the index was made may
   * arrive later: the index is made again then too.
   */
  private periodSpansOf(byPeriod: ClaimLists): PeriodSpans {
    const cached = this.#periodSpans.get(byPeriod);
    if (cached && cached.keysVersion === byPeriod.keysVersion && !cached.spans.unknown.some((id) => this.periods.has(id))) return cached.spans;
    const spans = new PeriodSpans([...byPeriod.keys()], (periodId) => this.periods.get(periodId));
    this.#periodSpans.set(byPeriod, { spans, keysVersion: byPeriod.keysVersion });
    return spans;
  }

  // A # field, so that it is not among the state's contents (see #applied): a cache, rebuilt from them. Held by
  // list, not by key: a key whose last claim goes loses its lists, and a new one starts counting its changes again.
  readonly #periodSpans = new WeakMap<ClaimLists, { spans: PeriodSpans; keysVersion: number }>();

  /** The id of the claim at `position` in `claims` (a bound function, to pass to the lists' searches). */
  get claimIdAt(): (position: number) => string {
    return this.#claimIdAt;
  }

  // A # field, so that it is not among the state's contents (see #applied).
  readonly #claimIdAt = (position: number): string => this.claims.at(position)!.id;

  /** Every claim, in id order. */
  claimsInOrder(): Claim[] {
    return this.claimOrder.map((position) => this.claims.at(position)!);
  }

  /** A node's history entries, oldest first (a copy). */
  historyOf(targetId: string): HistoryEntry[] {
    return this.history.of(targetId);
  }

  private putEntity(entity: Entity): void {
    const previous = this.entities.get(entity.id);
    if (previous) {
      for (const name of [previous.name, ...previous.aliases]) {
        if (this.entityByName.get(normalizeName(name)) === previous.id) this.entityByName.delete(normalizeName(name));
      }
      if (previous.makerId) removeFrom(this.productsByMaker, previous.makerId, previous.id);
      if (previous.mergedIntoId) removeFrom(this.entitiesMergedInto, previous.mergedIntoId, previous.id);
    } else {
      insertSorted(this.entityOrder, entity.id);
    }
    this.entities.set(entity.id, entity);
    // A merged entity gives up its names to the survivor, which lists them as aliases.
    if (!entity.mergedIntoId) {
      for (const name of [entity.name, ...entity.aliases]) this.entityByName.set(normalizeName(name), entity.id);
    }
    if (entity.makerId) addTo(this.productsByMaker, entity.makerId, entity.id);
    if (entity.mergedIntoId) addTo(this.entitiesMergedInto, entity.mergedIntoId, entity.id);
  }

  private putSource(source: Source): void {
    const previous = this.sources.get(source.id);
    if (previous) this.sourceByUrl.delete(previous.url);
    else insertSorted(this.sourceOrder, source.id);
    this.sources.set(source.id, source);
    this.sourceByUrl.set(source.url, source.id);
  }

  private putClaim(claim: Claim): void {
    internClaim(claim, this.ids, this.pools);
    let position = this.claims.positionOf(claim.id);
    if (position >= 0) {
      this.unindexClaim(this.claims.at(position)!, position);
      this.claims.replaceAt(position, claim);
    } else {
      position = this.claims.append(claim);
      insertSortedBy(this.claimOrder, position, this.claimIdAt);
    }
    this.claimByFingerprint.set(claim.fingerprint, claim.id);
    this.indexClaim(claim, position, 'add');
  }

  private unindexClaim(claim: Claim, position: number): void {
    if (this.claimByFingerprint.get(claim.fingerprint) === claim.id) this.claimByFingerprint.delete(claim.fingerprint);
    this.indexClaim(claim, position, 'remove');
  }

  /** Adds the claim at `position` to (or removes it from) every list that names it. */
  private indexClaim(claim: Claim, position: number, change: 'add' | 'remove'): void {
    const update = (lists: ClaimLists, key: string): void => (change === 'add' ? lists.add(key, position) : lists.remove(key, position));
    update(this.claimsBySubject, claim.subjectId);
    if (claim.objectId) update(this.claimsByObject, claim.objectId);
    update(this.claimsByKey, claimKey(claim.subjectId, claim.predicate, claim.objectId));
    const anyKey = claimKey(null, claim.predicate, claim.objectId);
    update(this.claimsByKey, anyKey);
    let byPeriod = this.claimsByKeyPeriod.get(anyKey);
    if (!byPeriod) this.claimsByKeyPeriod.set(anyKey, (byPeriod = new ClaimLists(this.claims)));
    update(byPeriod, claim.periodId ?? '');
    if (byPeriod.size === 0) this.claimsByKeyPeriod.delete(anyKey);
    update(this.claimsByPredicate, claim.predicate);
    for (const citation of claim.citations) update(this.claimsBySource, citation.sourceId);
  }

  private putConflict(conflict: Conflict): void {
    const previous = this.conflicts.get(conflict.id);
    if (previous) {
      for (const member of previous.claims) removeFrom(this.conflictsByClaim, member.claimId, previous.id);
    } else {
      insertSorted(this.conflictOrder, conflict.id);
    }
    this.conflicts.set(conflict.id, conflict);
    this.conflictByKey.set(conflict.key, conflict.id);
    for (const member of conflict.claims) addTo(this.conflictsByClaim, member.claimId, conflict.id);
  }

  /** The whole state as change sets, for snapshots and migrations. */
  *asChangeSets(batchSize = 1000): Generator<ChangeSet> {
    yield* this.changeSetsBeforeClaims(batchSize);
    yield* chunked(this.claimsInOrder(), batchSize, (claims) => ({ claims }));
    yield* this.conflictChangeSets(batchSize);
    yield* chunked([...this.history.entries()], batchSize, (history) => ({ history }));
    yield* this.reviewChangeSets(batchSize);
  }

  /** Predicates, entities, sources and periods: what claims refer to, so they are applied first. */
  *changeSetsBeforeClaims(batchSize = 1000): Generator<ChangeSet> {
    yield* this.changeSetsBeforeSources(batchSize);
    yield* chunked([...this.sources.values()], batchSize, (sources) => ({ sources }));
    yield* this.periodChangeSets(batchSize);
  }

  /** Predicates and entities. (A binary snapshot writes them as JSON, then sources as rows, then periods.) */
  *changeSetsBeforeSources(batchSize = 1000): Generator<ChangeSet> {
    yield { predicates: [...this.predicates.values()] };
    yield* chunked(this.entityOrder.map((id) => this.entities.get(id)!), batchSize, (entities) => ({ entities }));
  }

  /** Periods, the last of what claims refer to. */
  *periodChangeSets(batchSize = 1000): Generator<ChangeSet> {
    yield* chunked([...this.periods.values()], batchSize, (periods) => ({ periods }));
  }

  *conflictChangeSets(batchSize = 1000): Generator<ChangeSet> {
    yield* chunked(this.conflictOrder.map((id) => this.conflicts.get(id)!), batchSize, (conflicts) => ({ conflicts }));
  }

  *reviewChangeSets(batchSize = 1000): Generator<ChangeSet> {
    yield* chunked([...this.reviews.values()], batchSize, (reviews) => ({ reviews }));
  }

  // Restoring a binary snapshot (snapshot/state-loader.ts) into a new state: claims and history entries in
  // the order a snapshot lists them, without a map operation per field; the claim indexes come separately.

  /** A source read from a snapshot's rows, applied as a change set's source would be (in the snapshot's order). */
  restoreSource(source: Source): void {
    // A snapshot lists each source once; there is no count to catch a repeat later, as there is for claims.
    if (this.sources.has(source.id)) throw new RangeError(`source ${source.id} is listed twice`);
    this.putSource(source);
  }

  /** Adds a claim not held yet; `interned` when its strings are already shared (as the snapshot's are). */
  restoreClaim(claim: Claim, interned: boolean): void {
    if (!interned) internClaim(claim, this.ids, this.pools);
    if (!this.claims.restore(claim)) throw new RangeError(`claim ${claim.id} is listed twice`);
    this.claimByFingerprint.restoreRow(claim.fingerprint);
  }

  /**
   * Once every claim is restored (each at the position of its row): their positions in id order. `ascending`
   * when the rows already are, as a snapshot writer lists them: then no comparison per claim is made twice.
   */
  restoredClaimOrder(ascending: boolean): void {
    if (this.claimOrder.length > 0) throw new Error('the claim order is restored once, into an empty state');
    for (let position = 0; position < this.claims.size; position++) this.claimOrder.push(position);
    if (!ascending) {
      const idAt = this.claimIdAt;
      this.claimOrder.sort((a, b) => (idAt(a) < idAt(b) ? -1 : idAt(a) > idAt(b) ? 1 : 0)); // code-unit order, as the lists keep it
    }
  }

  /** The shared qualifier list a snapshot row's JSON text stands for (a restored claim's strings are shared already). */
  qualifiersOf(json: string): Claim['qualifiers'] {
    return this.pools.qualifiers.fromJson(json);
  }

  /** Points a history entry read as JSON at shared strings, as apply would. */
  internHistoryEntry(entry: HistoryEntry): void {
    internHistory(entry, this.ids, this.pools.strings);
  }

  /** Builds every claim index from the claims: for snapshots that do not carry them. */
  reindexClaims(): void {
    for (const position of this.claimOrder) this.indexClaim(this.claims.at(position)!, position, 'add');
  }
}

function* chunked<T>(items: T[], size: number, wrap: (chunk: T[]) => ChangeSet): Generator<ChangeSet> {
  for (let index = 0; index < items.length; index += size) yield wrap(items.slice(index, index + size));
}
