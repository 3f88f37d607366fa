// Read use case: the values one (subject, predicate, object) took over time, with who said each, for charts and reports.
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim, Entity, Period, Qualifier, Rating } from '../domain/model.js';
import type { PredicateDefinition } from '../domain/predicates.js';
import { byRank, type Rank } from '../domain/rank.js';
import type { AppContext } from './context.js';
import { entityIdsForNames, findEntityByName } from './lookups.js';
import { verdictsOf } from './verdicts.js';

export interface SeriesPoint {
  claim: Claim;
  period: Period | null;
  rating: Rating | null;
  rank: Rank;
}

export interface SeriesResult {
  subject: Entity;
  predicate: PredicateDefinition;
  object: Entity | null;
  qualifiers: Qualifier[];
  /** The unit every valued point shares; null when none has one or they differ. */
  unit: string | null;
  points: SeriesPoint[];
}

export interface SeriesRequest {
  subject: string;
  predicate: string;
  object?: string | null;
  qualifiers?: Qualifier[] | null;
}

async function requireNamed(context: AppContext, name: string, field: string): Promise<Entity> {
  const entity = await findEntityByName(context, name);
  if (!entity) throw new DomainError(ErrorCode.EntityNotFound, `no entity named "${name}"`, [field]);
  return entity;
}

const norm = (text: string): string => text.trim().toLowerCase();

/** Every qualifier asked for must be on the claim; claims may carry more (a series does not have to name them all). */
const hasQualifiers = (claim: Claim, wanted: Qualifier[]): boolean =>
  wanted.every((want) => claim.qualifiers.some((q) => norm(q.key) === norm(want.key) && norm(q.value) === norm(want.value)));

/**
 * Chronological by period start (an open start is earliest), then end; undated claims last. Within one
 * period, current claims before deprecated ones, then by id (creation order).
 */
function comparePoints(a: SeriesPoint, b: SeriesPoint): number {
  if (!a.period !== !b.period) return a.period ? -1 : 1;
  const start = (a.period?.start ?? '').localeCompare(b.period?.start ?? '');
  if (start !== 0) return start;
  const end = (a.period?.end ?? '9999').localeCompare(b.period?.end ?? '9999');
  if (end !== 0) return end;
  return byRank(a.rank, b.rank) || a.claim.id.localeCompare(b.claim.id);
}

function sharedUnit(points: SeriesPoint[]): string | null {
  const units = new Set(points.map((point) => point.claim.value?.unit).filter((unit): unit is NonNullable<typeof unit> => Boolean(unit)));
  return units.size === 1 ? [...units][0]! : null;
}

export async function series(context: AppContext, request: SeriesRequest): Promise<SeriesResult> {
  const predicate = context.registry.require(request.predicate.trim(), ['predicate']);
  const subject = await requireNamed(context, request.subject, 'subject');
  const object = request.object?.trim() ? await requireNamed(context, request.object, 'object') : null;
  const qualifiers = (request.qualifiers ?? []).map((q) => ({ key: q.key.trim(), value: q.value.trim() }));

  const [page] = await context.store.listClaims([
    {
      filter: {
        subjectIds: await entityIdsForNames(context, [subject.name]),
        predicates: [predicate.name],
        ...(object ? { objectIds: await entityIdsForNames(context, [object.name]) } : {}),
      },
      page: { first: Number.MAX_SAFE_INTEGER },
    },
  ]);
  const claims = page!.items.filter((claim) => hasQualifiers(claim, qualifiers));
  const periodIds = [...new Set(claims.flatMap((claim) => (claim.periodId ? [claim.periodId] : [])))];
  const [periods, verdicts] = await Promise.all([
    periodIds.length > 0 ? context.store.getPeriods(periodIds) : Promise.resolve([]),
    verdictsOf(context, claims),
  ]);
  const periodById = new Map(periods.flatMap((period) => (period ? [[period.id, period] as const] : [])));
  const points = claims
    .map((claim): SeriesPoint => {
      const verdict = verdicts.get(claim.id)!;
      return { claim, period: claim.periodId ? periodById.get(claim.periodId) ?? null : null, rating: verdict.rating, rank: verdict.rank };
    })
    .sort(comparePoints);
  return { subject, predicate, object, qualifiers, unit: sharedUnit(points), points };
}
