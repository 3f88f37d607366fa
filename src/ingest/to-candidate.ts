// Turns a draft into a candidate: its anchor, its wording, and one candidate per statement and span.
import { anchorOver } from './anchor.js';
import type { Candidate } from './candidate.js';
import { claimText, type Wording } from './claim-text.js';
import { startsAfterPublication } from './future-period.js';
import { pastYearPeriod } from './past-year.js';
import { measureOf } from './profit-figures.js';
import type { SeenMarket } from './objects.js';
import { hasForecastBasis, type ArticleState, type ClauseScope, type Draft } from './scope.js';
import type { TokenRange } from './spans.js';

/** Puts a market first among those the article has named, so a later short reference finds it. */
export function rememberMarket(state: ArticleState, market: { name: string; entity: SeenMarket['entity'] }): void {
  const seen: SeenMarket = { name: market.name, aliases: market.entity?.aliases ?? [], entity: market.entity };
  state.marketsSeen = [seen, ...state.marketsSeen.filter((m) => m.name !== market.name)];
}

/** Words a draft and anchors it; null when the same statement was already drafted from the same words. */
/** A market named by no more than its reach: "the global market", "the world market". */
const MARKET_BY_REACH = /^(?:the )?(?:global|worldwide|world|overall|whole) market$/i;

/**
 * "Huaxing Motor led the global market with a 24.1% share" in a report on electric buses: "the global market" is the
 * report's market (the first whose own figures it gave), so the share is of the market the other shares are of.
 */
function reportsMarket(state: ArticleState, object: Draft['object']): Draft['object'] {
  if (!object?.market || !MARKET_BY_REACH.test(object.name) || state.reportedMarket === null || MARKET_BY_REACH.test(state.reportedMarket)) return object;
  return { ...object, name: state.reportedMarket, entity: null };
}

export function toCandidate(scope: ClauseScope, draft: Draft): Candidate | null {
  draft = { ...draft, object: reportsMarket(scope.state, draft.object) };
  // The quote stays inside the clause: a subject or market carried in from an earlier clause is not quoted again.
  const inClause = (range: TokenRange | null): range is TokenRange => range !== null && range.first >= scope.clause.first && range.last <= scope.clause.last;
  const anchor = anchorOver(scope.doc, draft.core, [draft.subject, ...draft.parts, draft.period.range].filter(inClause));
  const period = pastYearPeriod(scope, draft);
  const wording: Wording = {
    subject: draft.subject.name,
    predicate: draft.predicate,
    object: draft.object?.name ?? null,
    value: draft.value,
    period: draft.period.period === scope.publishedAt && draft.period.period !== null ? 'as of publication' : (period ?? draft.period.unresolved),
    negated: draft.negated,
    sentence: scope.sentence,
    milestone: draft.milestone ?? null,
    measure: draft.predicate === 'profit' || draft.predicate === 'earnings_per_share' || draft.predicate === 'growth_rate' ? measureOf(draft.qualifiers) : null,
    direction: draft.qualifiers?.find((qualifier) => qualifier.key === 'direction')?.value ?? null,
    against: draft.qualifiers?.find((qualifier) => qualifier.key === 'against')?.value ?? null,
    technology: draft.qualifiers?.find((qualifier) => qualifier.key === 'technology')?.value ?? null,
    estimatedBy: draft.qualifiers?.find((qualifier) => qualifier.key === 'estimated_by')?.value ?? null,
  };
  const key = JSON.stringify([draft.subject.name, draft.predicate, draft.object?.name, draft.value, draft.period.period, anchor.start]);
  if (scope.state.seen.has(key)) return null;
  scope.state.seen.add(key);
  if (draft.object?.market) rememberMarket(scope.state, draft.object);
  return {
    text: claimText(wording),
    subject: draft.subject.name,
    subjectKind: draft.subject.kind,
    predicate: draft.predicate,
    object: draft.object?.name ?? null,
    objectKind: draft.object ? (draft.object.entity?.kind ?? (draft.object.market ? 'MARKET' : 'OTHER')) : null,
    value: draft.value,
    period,
    qualifiers: withForecastBasis(draft.qualifiers ?? [], startsAfterPublication(period, scope.publishedAt)),
    negated: draft.negated,
    anchor,
    ...(draft.restatesEstimate ? { restatesEstimate: true } : {}),
  };
}

/**
 * The draft's qualifiers, with `basis: forecast` added when the figure is about a time after the publication, unless
 * they give a basis already (an outsider's `estimate` keeps its own).
 */
function withForecastBasis(qualifiers: Candidate['qualifiers'], future: boolean): Candidate['qualifiers'] {
  if (!future || qualifiers.some((qualifier) => qualifier.key === 'basis')) return qualifiers;
  return [...qualifiers, { key: 'basis', value: 'forecast' }];
}
