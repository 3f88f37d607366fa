// The embedded store's in-process graph: records by id plus the indexes every query needs, kept in step on apply.
import type { Claim, Conflict, Entity, HistoryEntry, Period, Review, Source } from '../../domain/model.js';
import type { PredicateDefinition } from '../../domain/predicates.js';
import type { ChangeSet } from '../port.js';

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

/** Keeps ids sorted: appends when ids arrive in order (the usual case: ULIDs), else inserts. */
function insertSorted(ids: string[], id: string): void {
  const last = ids[ids.length - 1];
  if (last === undefined || last < id) {
    ids.push(id);
    return;
  }
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  if (ids[low] !== id) ids.splice(low, 0, id);
}

export class GraphState {
  readonly claims = new Map<string, Claim>();
  readonly claimOrder: string[] = [];
  readonly entities = new Map<string, Entity>();
  readonly entityOrder: string[] = [];
  readonly sources = new Map<string, Source>();
  readonly sourceOrder: string[] = [];
  readonly periods = new Map<string, Period>();
  readonly conflicts = new Map<string, Conflict>();
  readonly conflictOrder: string[] = [];
  readonly predicates = new Map<string, PredicateDefinition>();
  readonly history = new Map<string, HistoryEntry[]>();
  readonly reviews = new Map<string, Review>();
  readonly reviewsByClaim = new Map<string, Set<string>>();

  readonly claimByFingerprint = new Map<string, string>();
  readonly claimsBySubject = new Map<string, Set<string>>();
  readonly claimsByObject = new Map<string, Set<string>>();
  readonly claimsByKey = new Map<string, Set<string>>();
  readonly claimsByPredicate = new Map<string, Set<string>>();
  readonly claimsBySource = new Map<string, Set<string>>();
  readonly entityByName = new Map<string, string>();
  readonly productsByMaker = new Map<string, Set<string>>();
  readonly entitiesMergedInto = new Map<string, Set<string>>();
  readonly sourceByUrl = new Map<string, string>();
  readonly conflictByKey = new Map<string, string>();
  readonly conflictsByClaim = new Map<string, Set<string>>();

  apply(changes: ChangeSet): void {
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
    const entries = this.history.get(entry.targetId);
    if (!entries) {
      this.history.set(entry.targetId, [entry]);
      return;
    }
    const index = entries.findIndex((existing) => existing.id === entry.id);
    if (index >= 0) entries[index] = entry;
    else entries.push(entry);
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
    const previous = this.claims.get(claim.id);
    if (previous) this.unindexClaim(previous);
    else insertSorted(this.claimOrder, claim.id);
    this.claims.set(claim.id, claim);
    this.claimByFingerprint.set(claim.fingerprint, claim.id);
    addTo(this.claimsBySubject, claim.subjectId, claim.id);
    if (claim.objectId) addTo(this.claimsByObject, claim.objectId, claim.id);
    addTo(this.claimsByKey, claimKey(claim.subjectId, claim.predicate, claim.objectId), claim.id);
    addTo(this.claimsByKey, claimKey(null, claim.predicate, claim.objectId), claim.id);
    addTo(this.claimsByPredicate, claim.predicate, claim.id);
    for (const citation of claim.citations) addTo(this.claimsBySource, citation.sourceId, claim.id);
  }

  private unindexClaim(claim: Claim): void {
    if (this.claimByFingerprint.get(claim.fingerprint) === claim.id) this.claimByFingerprint.delete(claim.fingerprint);
    removeFrom(this.claimsBySubject, claim.subjectId, claim.id);
    if (claim.objectId) removeFrom(this.claimsByObject, claim.objectId, claim.id);
    removeFrom(this.claimsByKey, claimKey(claim.subjectId, claim.predicate, claim.objectId), claim.id);
    removeFrom(this.claimsByKey, claimKey(null, claim.predicate, claim.objectId), claim.id);
    removeFrom(this.claimsByPredicate, claim.predicate, claim.id);
    for (const citation of claim.citations) removeFrom(this.claimsBySource, citation.sourceId, claim.id);
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
    yield { predicates: [...this.predicates.values()] };
    yield* chunked(this.entityOrder.map((id) => this.entities.get(id)!), batchSize, (entities) => ({ entities }));
    yield* chunked([...this.sources.values()], batchSize, (sources) => ({ sources }));
    yield* chunked([...this.periods.values()], batchSize, (periods) => ({ periods }));
    yield* chunked(this.claimOrder.map((id) => this.claims.get(id)!), batchSize, (claims) => ({ claims }));
    yield* chunked(this.conflictOrder.map((id) => this.conflicts.get(id)!), batchSize, (conflicts) => ({ conflicts }));
    yield* chunked([...this.history.values()].flat(), batchSize, (history) => ({ history }));
    yield* chunked([...this.reviews.values()], batchSize, (reviews) => ({ reviews }));
  }
}

function* chunked<T>(items: T[], size: number, wrap: (chunk: T[]) => ChangeSet): Generator<ChangeSet> {
  for (let index = 0; index < items.length; index += size) yield wrap(items.slice(index, index + size));
}
