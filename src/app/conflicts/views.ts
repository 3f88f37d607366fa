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
  ids: Iterable<string>,
  overlay: readonly T[] | undefined,
  fetch: (ids: readonly string[]) => Promise<Array<T | null>>,
): Promise<Map<string, T>> {
  const found = new Map((overlay ?? []).map((record) => [record.id, record]));
  const missing = [...new Set(ids)].filter((id) => !found.has(id));
  if (missing.length > 0) (await fetch(missing)).forEach((record) => record && found.set(record.id, record));
  return found;
}

/** Three store calls at most, however many claims: one per kind of record. */
export async function loadViews(context: AppContext, claims: readonly Claim[], pending: ChangeSet = {}): Promise<ClaimView[]> {
  const { store } = context;
  const [entities, sources, periods] = await Promise.all([
    byId<Entity>(claims.flatMap((claim) => (claim.objectId ? [claim.subjectId, claim.objectId] : [claim.subjectId])), pending.entities, (ids) => store.getEntities(ids)),
    byId<Source>(claims.flatMap((claim) => claim.citations.slice(0, 1).map((citation) => citation.sourceId)), pending.sources, (ids) => store.getSources(ids)),
    byId<Period>(claims.flatMap((claim) => (claim.periodId ? [claim.periodId] : [])), pending.periods, (ids) => store.getPeriods(ids)),
  ]);
  return claims.map((claim) => {
    const period = claim.periodId ? periods.get(claim.periodId) : undefined;
    return {
      claim,
      period: period ? { start: period.start, end: period.end, label: period.label } : null,
      subjectName: entities.get(claim.subjectId)?.name ?? claim.subjectId,
      objectName: claim.objectId ? (entities.get(claim.objectId)?.name ?? claim.objectId) : null,
      sourceLabel: sourceLabel(claim.citations[0] ? sources.get(claim.citations[0].sourceId) : null),
    };
  });
}
