// Read use cases for exports: claims with everything a report prints (entities, period, sources, verdict, conflicts), batched.
import { DomainError, ErrorCode } from '../domain/errors.js';
import { ClaimStatus, type Claim, type Conflict, type Entity, type Period, type Review, type Source } from '../domain/model.js';
import { byRank, rankOf, type Rank } from '../domain/rank.js';
import type { ClaimFilter } from '../store/port.js';
import type { AppContext } from './context.js';
import { everyPage } from './every-page.js';
import { resolveClaimFilter, type ClaimFilterInput } from './queries.js';

/** A claim with the records around it, so renderers need no store. */
export interface ExportedClaim {
  claim: Claim;
  subject: Entity;
  object: Entity | null;
  period: Period | null;
  /** One per distinct cited source, in citation order. */
  sources: Source[];
  /** The current verdict; null while unreviewed. */
  review: Review | null;
  /** Earlier verdicts, newest first. */
  earlierReviews: Review[];
  rank: Rank;
  conflicts: Conflict[];
}

/** Conflicts nobody has settled yet: OPEN, or CONFIRMED as real but not resolved. */
export const isUnsettled = (conflict: Conflict): boolean => conflict.status === 'OPEN' || conflict.status === 'CONFIRMED';

// Pages through a filter rather than asking for everything at once, so a store answers in bounded chunks.
const CHUNK = 1000;

export const claimsMatching = (context: AppContext, filter: ClaimFilter): Promise<Claim[]> =>
  everyPage(async (page) => (await context.store.listClaims([{ filter, page }]))[0]!, CHUNK);

const byId = <T extends { id: string }>(records: Array<T | null>): Map<string, T> =>
  new Map(records.flatMap((record) => (record ? [[record.id, record] as const] : [])));
const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

/** Five store calls for any number of claims: entities, periods, sources, reviews, conflicts. */
export async function loadExportedClaims(context: AppContext, claims: readonly Claim[]): Promise<ExportedClaim[]> {
  if (claims.length === 0) return [];
  const { store } = context;
  const ids = claims.map((claim) => claim.id);
  const [entities, periods, sources, reviews, conflicts] = await Promise.all([
    store.getEntities(unique(claims.flatMap((claim) => (claim.objectId ? [claim.subjectId, claim.objectId] : [claim.subjectId])))).then(byId),
    store.getPeriods(unique(claims.flatMap((claim) => (claim.periodId ? [claim.periodId] : [])))).then(byId),
    store.getSources(unique(claims.flatMap((claim) => claim.citations.map((citation) => citation.sourceId)))).then(byId),
    store.reviewsOf(ids),
    store.conflictsOfClaims(ids),
  ]);
  return claims.map((claim, index) => {
    const [review = null, ...earlierReviews] = reviews[index] ?? [];
    return {
      claim,
      subject: entities.get(claim.subjectId)!,
      object: claim.objectId ? (entities.get(claim.objectId) ?? null) : null,
      period: claim.periodId ? (periods.get(claim.periodId) ?? null) : null,
      sources: unique(claim.citations.map((citation) => citation.sourceId)).flatMap((id) => sources.get(id) ?? []),
      review,
      earlierReviews,
      rank: rankOf(claim, review?.rating ?? null),
      conflicts: conflicts[index] ?? [],
    };
  });
}

/** Current statements first (Wikidata rank), then in creation order. */
export const currentFirst = (items: ExportedClaim[]): ExportedClaim[] =>
  [...items].sort((a, b) => byRank(a.rank, b.rank) || a.claim.id.localeCompare(b.claim.id));

export interface ExportQuery extends ClaimFilterInput {
  /** Only claims with a verdict (ClaimReview needs one). */
  reviewedOnly?: boolean;
}

/** Statuses as a client writes them in a query string ("accepted,candidate"); a bad one names the field. */
export function parseStatuses(text: string | null | undefined): ClaimStatus[] | null {
  if (!text?.trim()) return null;
  return text.split(',').map((part) => {
    const parsed = ClaimStatus.safeParse(part.trim().toUpperCase());
    if (!parsed.success) throw new DomainError(ErrorCode.InputInvalid, `status: "${part.trim()}" is not one of ${ClaimStatus.options.join(', ')}`, ['status']);
    return parsed.data;
  });
}

/** Claims matching the query's filters with their records, current first; an unknown name or source matches nothing. */
export async function exportClaims(context: AppContext, query: ExportQuery): Promise<ExportedClaim[]> {
  const filter = await resolveClaimFilter(context, query);
  if (!filter) return [];
  const loaded = await loadExportedClaims(context, await claimsMatching(context, filter));
  return currentFirst(query.reviewedOnly ? loaded.filter((item) => item.review !== null) : loaded);
}
