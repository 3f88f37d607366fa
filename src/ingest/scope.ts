// What claim builders see of one clause (figures, dates, mentions, what is carried in), and the period a claim there takes.
import type { Clause } from './clauses.js';
import { isNowWord, type DateMention } from './dates.js';
import { asideApart, runningTotalAfter } from './date-asides.js';
import type { ArticleDocument } from './document.js';
import { isEarlierState } from './earlier-state.js';
import type { FiscalSpans } from './fiscal-year.js';
import type { Figure } from './figures.js';
import type { Mention } from './mentions.js';
import type { ObjectContext, ObjectRef, SeenMarket } from './objects.js';
import { forecastBetween } from './scope-qualifiers.js';
import type { TokenRange } from './spans.js';
import { statedAsNow } from './tense.js';

/** A quarter, half or year figures were dated by, which the undated figures of the next few sentences report on. */
export interface ReportingPeriod {
  text: string;
  precision: string;
  /** The sentence it was written in, and the last sentence that took it. */
  written: number;
  sentence: number;
  /** The parties whose figures it dated; in a company's report only their later states take it. */
  about: ReadonlySet<string>;
}

/** What the article has established so far: who "it" is, the last release, which markets were named. */
export interface ArticleState {
  lastSubject: Mention | null;
  /** The sentence lastSubject was the subject of. */
  lastSubjectSentence: number;
  /** In how many sentences each party was the subject of a claim: the most frequent is the one the story is about. */
  subjectSentences: Map<string, { mention: Mention; sentences: number; lastSentence: number }>;
  lastRelease: { subject: Mention; period: string | null; sentence: number } | null;
  /**
   * The party the last sentence opened with, as its subject ("Aurelian said …", "U.S.-based Veltrix ranked second"),
   * and whether its only claims there were shares or leads of a market.
   */
  lastOpener: { mention: Mention; sentence: number; rankedOnly: boolean } | null;
  /** Markets named so far (known, or proposed by a claim), most recent first. */
  marketsSeen: SeenMarket[];
  /** The last market, not a region's, whose own figures were given ("Global smartwatch shipments rose 6%"): what a report is about. */
  reportedMarket: string | null;
  /** The market of the sentence's last share, for a later share that does not repeat it ("while OpenAI has dropped to 25%"). */
  sentenceMarket: ObjectRef | null;
  /**
   * The quarter, half or year figures were last dated by ("in the third quarter of 2025"), which the undated
   * past-tense figures of the next few sentences report on ("Xiaomi was third with a 13.5% share"): a company's
   * results and a market tracker's shares are kept apart, since a story about one often quotes the other.
   */
  reportingPeriods: {
    company: ReportingPeriod | null;
    market: ReportingPeriod | null;
    /** The company's last report on each unit ("YEAR", "QUARTER", "HALF"): "Bookings for the year" after a quarter's figures. */
    companyByUnit: Map<string, ReportingPeriod>;
  };
  /** The market of the last sentence that gave shares of one, which a bare "Amazon Music has about 11%" continues. */
  lastShares: { market: ObjectRef; sentence: number } | null;
  /**
   * The last figure a claim was drafted from, and whose it was: ", up 24%" right after it is the same party's, and
   * "while IDC puts it at 58%" another estimate of its draft.
   */
  lastFigure: { last: number; subject: Mention; dimension: Figure['dimension']; draft: Draft } | null;
  /** The figures drafted in the sentence before this one, and this one so far: "That compares with …" goes on from them. */
  recentFigures: Array<{ sentence: number; dimension: Figure['dimension']; draft: Draft }>;
  /** Dedup within one article: one candidate per statement and span. */
  seen: Set<string>;
  /** The fiscal year's opening spans the article names, and the parties they were named for (fiscal-year.ts). */
  fiscalSpans: FiscalSpans;
  /** Markets a seller (a company, or "smaller vendors") was given a share of: a kind of product's share of one is no market share. */
  sellerShareMarkets: Set<string>;
  /** Names the article gives a company's mines, plants and projects ("the Cobar Deeps underground mine"): its parts. */
  assets: ReadonlySet<string>;
}

/**
 * What "the company" means in a sentence: the party the sentence before opened with ("Aurelian said it would begin
 * deliveries in November. The company delivered 99,000 vehicles …"), unless it was only ranked there in a market
 * ("Broadcom remains the market leader with about 70%. The company said …"); otherwise the party the story is about.
 */
export function storyCompany(state: ArticleState, sentence: number): Mention | null {
  const opener = state.lastOpener;
  if (opener && opener.sentence === sentence - 1 && !opener.rankedOnly) return opener.mention;
  return mainSubject(state);
}

/** The party the article is mostly about so far: the subject of claims in the most sentences (the earliest of equals). */
/** Token `index` stands in one of the clause's dates ("Revenue for the three months to September": its "three" is the date's). */
export const inClauseDate = (scope: ClauseScope, index: number): boolean => scope.dates.some((d) => d.first <= index && index <= d.last);

export function mainSubject(state: ArticleState): Mention | null {
  let best: { mention: Mention; sentences: number } | null = null;
  for (const entry of state.subjectSentences.values()) if (!best || entry.sentences > best.sentences) best = entry;
  return best?.mention ?? null;
}

export interface ClauseScope {
  doc: ArticleDocument;
  clause: Clause;
  sentence: string;
  /** Every mention of the sentence (subjects may be carried across its clauses). */
  mentions: readonly Mention[];
  figures: readonly Figure[];
  dates: readonly DateMention[];
  /** Which date goes with which figure or cue of this clause. */
  bindings: ReadonlyMap<TokenRange, DateMention>;
  /** The subject of the sentence's previous clause. */
  carried: Mention | null;
  /** The date of the sentence's previous clause, for a clause that states none. */
  carriedDate: DateMention | null;
  /** Partial ISO publication date, the period of a figure stated as current. */
  publishedAt: string | null;
  objects: ObjectContext;
  state: ArticleState;
  /** The clause's figures judged someone else's (an analyst's estimate or forecast), whose dates date nothing either. */
  othersFigures: Figure[];
}

/** Predicates whose present-tense figures describe the state at publication ("holds 32%"). */
const STATES = new Set(['market_share', 'user_count', 'employee_count', 'valuation', 'adoption_rate', 'revenue_run_rate', 'leader_of']);
/** A span that runs up to the publication: "over the past 12 months", "in the last two years", "so far this year". */
const TRAILING_SPAN = /\b(?:over|in|during|across|for) the (?:past|last) (?:(?:\d+|few|several|two|three|four|five|six|nine|twelve|18|24) )?(?:days|weeks|months|years|quarters|year)\b|\bso far this year\b|\byear to date\b/i;

export interface PeriodChoice {
  period: string | null;
  /** Words of a period that could not be resolved, for the claim text. */
  unresolved: string | null;
  range: TokenRange | null;
  /** True when no date was written and a present-tense state is dated by publication: a written date beats it. */
  asOfPublication?: boolean;
}

/** "in the quarter", "for the period", "during the year": a span named right after a figure without saying which. */
const OWN_PERIOD_WORDS = /^(?:in|for|during|over) the (?:quarter|period|half|year|month|week|three months|six months|nine months)$/;
export const namesItsOwnPeriod = (doc: ArticleDocument, anchor: TokenRange): boolean => {
  const tokens = doc.tokens.slice(anchor.last + 1, anchor.last + 6);
  const after = tokens.map((t) => t.normal);
  // "added a net 2,140 employees during the quarter": the counted noun may come first.
  const from = tokens[0]?.pos === 'NOUN' && !OWN_PERIOD_WORDS.test(after.slice(0, 3).join(' ')) ? 1 : 0;
  return [3, 4].some((words) => OWN_PERIOD_WORDS.test(after.slice(from, from + words).join(' ')));
};

/** A funding round named right after its amount: "$92 million Series B", "$9 million seed round", "$40 million round". */
const namesRound = (doc: ArticleDocument, figure: TokenRange): boolean =>
  doc.tokens.slice(figure.last + 1, figure.last + 4).some((t) => /^(?:series|seed|pre-seed|round)$/.test(t.normal));

/**
 * Rounds named one by one whose date is the `dated` one's alone: "a $92 million Series B in April 2025 and a $38
 * million Series A", "a $92 million Series B, a $38 million Series A in June 2023 and a $9 million seed round". A date
 * that closes the list is all of its rounds' ("a $20 million Series A and a $10 million seed extension in August").
 */
export function roundsApart(scope: ClauseScope, dated: TokenRange, date: TokenRange, other: TokenRange): boolean {
  if (!namesRound(scope.doc, dated) || !namesRound(scope.doc, other)) return false;
  const between = (date.first > dated.last && date.last < other.first) || (date.first > other.last && date.last < dated.first);
  const roundAfter = scope.figures.some((figure) => figure.first > date.last && namesRound(scope.doc, figure));
  return between || roundAfter;
}

/**
 * "raised another $300 million at a $5 billion valuation in June": the clause's one date, given to the figure nearer
 * it, dates the other figures of the clause too. Not when the clause has other dates, nor across a forecast.
 */
function soleClauseDate(scope: ClauseScope, anchor: TokenRange): DateMention | null {
  const bound = [...new Set(scope.bindings.values())];
  if (bound.length !== 1 || scope.dates.length !== 1) return null;
  const date = bound[0]!;
  // "grew 9% to £2.1bn and now account for around 11%": "now" is the present of its own verb, not the growth's.
  if (isNowWord(date.text)) return null;
  // "sales of $2.31 billion in the quarter, bringing its sales in the first nine months of the year to $5.9 billion": a
  // figure that names its own period, in words no date reads, is not dated by another figure's.
  if (namesItsOwnPeriod(scope.doc, anchor)) return null;
  // "fell to 9% from 12% a year earlier", "falling from 50% to today's 25%": an earlier state's date is its own.
  const datedAnchor = [...scope.bindings.keys()][0]!;
  if (isEarlierState(scope.doc, datedAnchor.first) || isEarlierState(scope.doc, anchor.first)) return null;
  if (roundsApart(scope, datedAnchor, date, anchor)) return null;
  const [from, to] = date.first > anchor.last ? [anchor.last + 1, date.first - 1] : [date.last + 1, anchor.first - 1];
  // "rose to €248m, bringing the nine-month total to €689m": the running total's span is not the quarter's figure's.
  if (runningTotalAfter(scope.doc, date, anchor)) return null;
  // "Sprig, which launched in March 2025, reached 10 million users": the aside's date is the launch's, not the figure's.
  if (asideApart(scope.doc, date, anchor)) return null;
  return forecastBetween(scope.doc, from, to) ? null : date;
}

/**
 * The period of a claim anchored at `anchor`: the date bound to it, else the previous clause's, else (for a state
 * stated in the present) the publication date. A date counted from launch needs the subject's known launch date.
 */
export function periodFor(scope: ClauseScope, anchor: TokenRange, subject: Mention, predicate: string): PeriodChoice {
  const bound = scope.bindings.get(anchor);
  const shared = bound || statedAsNow(scope.doc, scope.clause, anchor) ? null : soleClauseDate(scope, anchor);
  const date = bound ?? shared ?? (scope.dates.length === 0 ? scope.carriedDate : null);
  // "Shares of Palantir have risen 340% over the past 12 months, giving it a market value of $430 billion", "grew to
  // 800 million users over the past year": a state reached over a span that runs up to now holds now, not throughout it.
  if (date && scope.publishedAt && STATES.has(predicate) && TRAILING_SPAN.test(date.text)) {
    return { period: scope.publishedAt, unresolved: null, range: null, asOfPublication: true };
  }
  if (date) {
    const resolvable = date.anchored ? Boolean(subject.entity?.launchDate) : date.period !== null;
    // A date shared from a sibling figure is quoted with that figure, not again with this one.
    const inClause = date !== shared && date.first >= scope.clause.first && date.last <= scope.clause.last;
    return resolvable ? { period: date.text, unresolved: null, range: inClause ? date : null } : { period: null, unresolved: date.text, range: null };
  }
  if (scope.publishedAt && STATES.has(predicate) && statedAsNow(scope.doc, scope.clause, anchor)) return { period: scope.publishedAt, unresolved: null, range: null, asOfPublication: true };
  return { period: null, unresolved: null, range: null };
}

/** Whether qualifiers mark a claim as a forecast or plan (`basis: forecast`). */
export const hasForecastBasis = (qualifiers: ReadonlyArray<{ key: string; value: string }> | undefined): boolean =>
  qualifiers?.some((q) => q.key === 'basis' && q.value === 'forecast') ?? false;

export interface Draft {
  subject: Mention;
  predicate: string;
  object: ObjectRef | null;
  value: string | null;
  period: PeriodChoice;
  negated: boolean;
  qualifiers?: Array<{ key: string; value: string }>;
  milestone?: string | null;
  /** Another source's figure for a statement the article gave already ("Synergy Research puts it at 25%"): a disagreement to keep. */
  restatesEstimate?: boolean;
  /** The figure or cue the claim was read from, and the other words the quote should reach. */
  core: TokenRange;
  parts: ReadonlyArray<TokenRange | null>;
}
