// Loads what the rule engine reads beside each claim: entity names, source labels, periods; the pending write overlays the store.
import type { ClaimView } from '../../domain/conflicts/index.js';
import type { Claim, Entity, Period, Source } from '../../domain/model.js';
import type { ChangeSet } from '../../store/port.js';
import type { AppContext } from '../context.js';

const TITLE_CHARS = 48;

/** Who said it, short enough to read in a sentence: publisher, else title, else host. */
export function sourceLabel(source: Source | null | undefined): string {
  if (!source) return 'unknown source';
  if (source.publisher) return source.publisher;
  if (source.title) return source.title.length > TITLE_CHARS ? `${source.title.slice(0, source.title.lastIndexOf(' ', TITLE_CHARS))}…` : source.title;
  return new URL(source.url).host;
}

/** Fetches the records of `ids` the overlay lacks, in one batched call. */
async function byId<T extends { id: string }>(
  ids: ReadonlySet<string>,
  overlay: readonly T[] | undefined,
  fetch: (ids: readonly string[]) => Promise<Array<T | null>>,
): Promise<Map<string, T>> {
  const found = new Map((overlay ?? []).map((record) => [record.id, record]));
  const missing: string[] = [];
  for (const id of ids) if (!found.has(id)) missing.push(id);
  if (missing.length > 0) for (const record of await fetch(missing)) if (record) found.set(record.id, record);
  return found;
}

/** What a view holds of each record, derived once per record: a rescan reads a million claims but only thousands of records. */
function derive<T, D>(ids: ReadonlySet<string>, records: ReadonlyMap<string, T>, of: (record: T) => D): Map<string, D> {
  const derived = new Map<string, D>();
  for (const id of ids) {
    const record = records.get(id);
    if (record) derived.set(id, of(record));
  }
  return derived;
}

/** Three store calls at most, however many claims: one per kind of record. */
export async function loadViews(context: AppContext, claims: readonly Claim[], pending: ChangeSet = {}): Promise<ClaimView[]> {
  const { store } = context;
  const entityIds = new Set<string>();
  const sourceIds = new Set<string>();
  const periodIds = new Set<string>();
  for (const claim of claims) {
    entityIds.add(claim.subjectId);
    if (claim.objectId) entityIds.add(claim.objectId);
    if (claim.citations[0]) sourceIds.add(claim.citations[0].sourceId);
    if (claim.periodId) periodIds.add(claim.periodId);
  }
  const [entities, sources, periods] = await Promise.all([
    byId<Entity>(entityIds, pending.entities, (ids) => store.getEntities(ids)),
    byId<Source>(sourceIds, pending.sources, (ids) => store.getSources(ids)),
    byId<Period>(periodIds, pending.periods, (ids) => store.getPeriods(ids)),
  ]);
  // Views of one period share its interval object and views of one source its label: rules only read them.
  const names = derive(entityIds, entities, (entity) => entity.name);
  const labels = derive(sourceIds, sources, sourceLabel);
  const intervals = derive(periodIds, periods, (period): ClaimView['period'] => ({ start: period.start, end: period.end, label: period.label }));
  const unknownSource = sourceLabel(null);
  return claims.map((claim) => ({
    claim,
    period: claim.periodId ? (intervals.get(claim.periodId) ?? null) : null,
    subjectName: names.get(claim.subjectId) ?? claim.subjectId,
    objectName: claim.objectId ? (names.get(claim.objectId) ?? claim.objectId) : null,
    sourceLabel: claim.citations[0] ? (labels.get(claim.citations[0].sourceId) ?? unknownSource) : unknownSource,
  }));
}
