// Scores ingested candidates against hand-curated claims: which agree on subject, predicate, object, value and period.
import type { AppContext } from '../src/app/context.js';
import type { Claim } from '../src/domain/model.js';
import { intervalsOverlap, type Quantity } from '../src/domain/quantity.js';
import { periodsOverlap } from '../src/domain/period.js';

/** A claim reduced to what matching compares, names instead of ids. */
export interface ComparableClaim {
  subject: string;
  predicate: string;
  object: string | null;
  value: Quantity | null;
  period: { start: string | null; end: string | null } | null;
  text: string;
  quote: string | null;
}

/**
 * Predicates whose subject and object may be swapped without changing the statement: "A was released the same
 * day as B" is "B was released the same day as A".
 */
const SYMMETRIC = new Set(['released_same_day_as']);

function sameParties(a: ComparableClaim, b: ComparableClaim): boolean {
  if (a.subject === b.subject && a.object === b.object) return true;
  return SYMMETRIC.has(a.predicate) && a.subject === b.object && a.object === b.subject;
}

/** Free-text values (unit null) are descriptions, not figures: they do not decide a match. */
function valuesAgree(a: Quantity | null, b: Quantity | null): boolean {
  if (a?.unit == null || b?.unit == null) return (a?.unit == null) === (b?.unit == null);
  return intervalsOverlap(a, b);
}

/** Subject, predicate and object agree, value intervals overlap, and periods overlap when both are dated. */
export function agrees(candidate: ComparableClaim, curated: ComparableClaim): boolean {
  if (candidate.predicate !== curated.predicate || !sameParties(candidate, curated)) return false;
  if (!valuesAgree(candidate.value, curated.value)) return false;
  return candidate.period === null || curated.period === null || periodsOverlap(candidate.period, curated.period);
}

/** A claim with a figure (a value with a unit) or a date: the claims ingestion is expected to reproduce. */
export const isQuantitativeOrDated = (claim: ComparableClaim): boolean => claim.value?.unit != null || claim.period !== null;

export interface Score {
  matched: Array<{ candidate: ComparableClaim; curated: ComparableClaim }>;
  unmatchedCandidates: ComparableClaim[];
  unmatchedCurated: ComparableClaim[];
  precision: number;
  recall: number;
}

/** One-to-one matching, each curated claim taking the first candidate that agrees with it. */
export function score(candidates: readonly ComparableClaim[], curated: readonly ComparableClaim[]): Score {
  const free = new Set(candidates);
  const matched: Score['matched'] = [];
  const unmatchedCurated: ComparableClaim[] = [];
  for (const claim of curated) {
    const candidate = [...free].find((c) => agrees(c, claim));
    if (candidate) {
      free.delete(candidate);
      matched.push({ candidate, curated: claim });
    } else unmatchedCurated.push(claim);
  }
  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
  return { matched, unmatchedCandidates: [...free], unmatchedCurated, precision: ratio(matched.length, candidates.length), recall: ratio(matched.length, curated.length) };
}

/** Looks up the names and periods claims refer to. */
export async function comparable(context: AppContext, claims: readonly Claim[]): Promise<ComparableClaim[]> {
  const entityIds = [...new Set(claims.flatMap((c) => (c.objectId ? [c.subjectId, c.objectId] : [c.subjectId])))];
  const entities = new Map((await context.store.getEntities(entityIds)).flatMap((e) => (e ? [[e.id, e.name] as const] : [])));
  const periodIds = [...new Set(claims.flatMap((c) => (c.periodId ? [c.periodId] : [])))];
  const periods = new Map((await context.store.getPeriods(periodIds)).flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return claims.map((claim) => ({
    subject: entities.get(claim.subjectId) ?? claim.subjectId,
    predicate: claim.predicate,
    object: claim.objectId ? (entities.get(claim.objectId) ?? claim.objectId) : null,
    value: claim.value,
    period: claim.periodId ? (periods.get(claim.periodId) ?? null) : null,
    text: claim.text,
    quote: claim.citations[0]?.quote ?? null,
  }));
}
