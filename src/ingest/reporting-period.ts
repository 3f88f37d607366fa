// The period a report is about, which dates the undated figures of the sentences after it ("Xiaomi was third with a
// 13.5% share" after "Shipments rose 2.6% in the third quarter").
import { withoutCompanySuffix } from './known-entities.js';
import { daysInMonth, MONTH_NAMES } from '../domain/period.js';
import { SHARES } from './per-share.js';
import { isCapitalsHeading } from './clauses.js';
import { UNCLASSIFIED } from './candidate.js';
import type { DateMention } from './dates.js';
import { unnumberedOpening } from './unnumbered-opening.js';
import type { Figure } from './figures.js';
import { causeClauseBetween } from './date-binding.js';
import { FORECAST_PAST, isEarlierState, undoneBefore } from './earlier-state.js';
import { othersEstimate } from './others-estimate.js';
import { hasForecastBasis, mainSubject, type ClauseScope, type Draft, type ReportingPeriod } from './scope.js';
import { forecastBetween } from './scope-qualifiers.js';
import { startsAfterPublication } from './future-period.js';
import { statedAsNow } from './tense.js';
import { describedAsResearchFirm, insideQuotation, researchFirm } from './clause-subject.js';

/** Predicates whose figures report on a period, and so take the reporting period when they state none. */
const REPORTED = new Set(['market_share', 'user_count', 'employee_count', 'revenue', 'profit', 'earnings_per_share', 'growth_rate', 'revenue_run_rate', 'adoption_rate', 'power_capacity', 'energy_generated', UNCLASSIFIED]);
/** Predicates of a state at a time rather than a flow over a period. */
const STATES = new Set(['user_count', 'employee_count', 'revenue_run_rate', 'adoption_rate', 'power_capacity']);
const REPORTING_PRECISIONS = new Set(['QUARTER', 'HALF', 'YEAR']);
/** "last year", "a year earlier", "the same quarter a year ago": dates that compare more often than they report. */
const LOOKS_BACK = /\b(?:last year|earlier|ago|same|previous|prior)\b/i;

/** "for the December quarter", "the June half": a quarter or half named by the month it ends in reports as a written one does. */
const SPAN_NAMED_BY_ITS_END = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})[- ]?(?:quarter|half)\\b`, 'i');

/** "the April-to-September first half", "the July-September quarter": a span named by its first and last months. */
const SPAN_NAMED_BY_MONTHS = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\s*-?\\s*(?:to|through)?\\s*-?\\s*(?:${MONTH_NAMES.join('|')})\\b.*\\b(?:quarter|half|period)\\b`, 'i');

/**
 * How many sentences on a reporting period still dates undated figures. News paragraphs are one to three sentences, and
 * a results story puts a paragraph of quotes and one of guidance between the group's figures and its divisions' (6
 * left the divisions undated; over blind sets 19-41, 8 dated 39 more key claims, 26 of them right, and 10 no more right).
 */
const REPORTING_REACH = 8;

const inReach = (period: ReportingPeriod | null, sentence: number): ReportingPeriod | null =>
  period !== null && period.written < sentence && sentence - period.sentence <= REPORTING_REACH ? period : null;

const aboutMarket = (draft: Draft): boolean => draft.subject.kind === 'MARKET' || draft.predicate === 'market_share';

/**
 * The report an undated figure goes on: a share or a market's figure the market report's, anything else the
 * company report's ("Talvora held 11% of the cloud market in the second quarter, according to Halden Research. Net
 * income rose to $1.9 billion" is still the third quarter's), each falling back on the other.
 */
function reportFor(scope: ClauseScope, draft: Draft): { period: ReportingPeriod; slot: 'company' | 'market' } | null {
  const sentence = scope.clause.sentence;
  const company = inReach(scope.state.reportingPeriods.company, sentence);
  const market = inReach(scope.state.reportingPeriods.market, sentence);
  const order = aboutMarket(draft) ? [['market', market], ['company', company]] as const : [['company', company], ['market', market]] as const;
  for (const [slot, period] of order) if (period) return { period, slot };
  return null;
}

/** The unit a span reported on is, by its words ("the quarter ended June 30", "the 26 weeks to Aug. 29"), or null. */
function spanUnit(text: string): string | null {
  // "the first nine months of the year", "the three quarters to September": a running total, a unit of its own.
  if (/\b(?:nine|eight|ten|eleven|seven|four|five) months\b|\bthree quarters\b/i.test(text)) return 'SPAN';
  if (/\bquarter\b|\bthree months\b|\b1[23] weeks\b/i.test(text)) return 'QUARTER';
  if (/\bhalf\b|\bsix months\b|\b2[4-8] weeks\b/i.test(text)) return 'HALF';
  if (/\byear\b|\b(?:12|twelve) months\b|\b5[23] weeks\b/i.test(text)) return 'YEAR';
  return null;
}

/**
 * A market report dates its first figures and not the ones after: "Shipments rose 2.6% in the third quarter of 2025.
 * … Xiaomi was third with a 13.5% share." An undated figure, not stated as current and not an earlier state, takes the
 * quarter, half or year a figure of one of the few sentences before was dated by (`noteReportingPeriod`), or took.
 */
export function reportingPeriodDates(scope: ClauseScope, drafts: Draft[]): void {
  const unit = namedUnit(scope);
  for (const draft of drafts) {
    const report = reportFor(scope, draft);
    if (!report || !mayTakeReport(scope, draft)) continue;
    const reporting = report.period;
    // "Corvane reported third-quarter revenue … Pellum said it had 3 million users": another company's state (users,
    // a run rate) is not dated by Corvane's quarter; its revenue or sales in the same story are, and so is everything
    // in a market report (its companies' shares and shipments).
    if (report.slot === 'company' && !reporting.about.has(draft.subject.name) && STATES.has(draft.predicate)) continue;
    // "delivered 400,000 vehicles in the quarter" after a half-year's report: the quarter is not that half. A span is
    // the unit its words name: "the quarter ended June 30" is a quarter, which "Bookings for the year" is not; the
    // company's last report on that unit, still in reach, dates it ("Revenue for the fiscal year ended June 30 …
    // Revenue for the fourth quarter … Bookings for the year reached $8.1 billion").
    const reportUnit = unitOf(reporting);
    if (unit !== null && reportUnit !== null && unit !== reportUnit) {
      const earlier = report.slot === 'company' ? inReach(scope.state.reportingPeriods.companyByUnit.get(unit) ?? null, scope.clause.sentence) : null;
      if (earlier) draft.period = { period: earlier.text, unresolved: null, range: null };
      continue;
    }
    draft.period = { period: reporting.text, unresolved: null, range: null };
    // The report goes on: its period reaches REPORTING_REACH sentences past the last figure it dated.
    setReport(scope, report.slot, { ...reporting, sentence: scope.clause.sentence });
  }
}

/**
 * Whether an undated figure may take the period of the report before it: not a forecast (about a period to come),
 * not one stated as holding now ("IBM has 300,000 employees"), not a share price's move in a day ("Shares rose 9% in
 * extended trading"), not an earlier state, and only a predicate reported over a period.
 */
function mayTakeReport(scope: ClauseScope, draft: Draft): boolean {
  const undated = draft.period.period === null && draft.period.unresolved === null;
  return (
    undated &&
    !hasForecastBasis(draft.qualifiers) &&
    !statedAsNow(scope.doc, scope.clause, draft.core) &&
    !priceMove(scope) &&
    REPORTED.has(draft.predicate) &&
    !isEarlierState(scope.doc, draft.core.first)
  );
}

/** The unit a report is on: its precision, or for a span the unit its words name (spanUnit). */
const unitOf = (period: ReportingPeriod): string | null => (period.precision === 'SPAN' ? spanUnit(period.text) : period.precision);

/** Sets the report under way in `slot`; a company's is also kept as the last on its unit, for a later "for the year" to take. */
function setReport(scope: ClauseScope, slot: 'company' | 'market', period: ReportingPeriod): void {
  scope.state.reportingPeriods[slot] = period;
  const unit = unitOf(period);
  if (slot === 'company' && unit !== null && unit !== 'SPAN') scope.state.reportingPeriods.companyByUnit.set(unit, period);
}

/** "in the quarter", "for the year", "ended the quarter with": a reporting unit named without saying which one. */
function namedUnit(scope: ClauseScope): string | null {
  const tokens = scope.doc.tokens;
  for (let i = scope.clause.first + 1; i < scope.clause.last; i++) {
    if (tokens[i]!.normal !== 'the' || !/^(?:in|for|during|over|ended|ending|closed)$/.test(tokens[i - 1]!.normal)) continue;
    // "in the year-ago quarter" names a span a year back, not a year ("in the half-year" is a half).
    if (tokens[i + 1]!.normal === 'year' && tokens[i + 2]?.text === '-' && /^(?:ago|earlier|before)$/.test(tokens[i + 3]?.normal ?? '')) continue;
    const unit = { quarter: 'QUARTER', half: 'HALF', year: 'YEAR' }[tokens[i + 1]!.normal];
    if (unit) return unit;
  }
  return null;
}

/**
 * "had already fallen", "had risen": the clause is told in the past perfect; not "the 398 million pounds analysts had
 * expected", a forecast beside the reported figure (FORECAST_PAST).
 */
const pastPerfect = (scope: ClauseScope): boolean =>
  scope.doc.tokens
    .slice(scope.clause.first, scope.clause.last + 1)
    .some((t, k, all) => t.normal === 'had' && [all[k + 1], all[k + 2]].some((next) => next?.pos === 'VERB' && /ed$|en$|wn$/.test(next.normal) && !FORECAST_PAST.test(next.normal)));

/** "Shares of the company rose 9%", "Lumen shares fell 4%", "its stock": a move of the share price. */
const priceMove = (scope: ClauseScope): boolean =>
  scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t, k, all) => SHARES.test(t.normal) && all[k - 1]?.normal !== 'market');

/**
 * Remembers the clause's own date as the reporting period when it dates a figure and is a quarter, half or year: the
 * market report's when it dated a market's figures or shares of one, else the company report's, with whose figures
 * it dated (joined to those of the company report it follows, as a segment's figures follow the company's).
 */
export function noteReportingPeriod(scope: ClauseScope, date: DateMention | undefined, drafts: readonly Draft[]): void {
  if (date === undefined) return;
  if (scope.figures.length === 0) {
    notePeriodNamedAlone(scope, date);
    return;
  }
  const dated = drafts.filter((draft) => scope.bindings.get(draft.core) === date);
  // Analysts' expected figure dates no report: "Analysts had expected third-quarter revenue of $7.61 billion".
  // A leader's period reports as a figure's does: "the biggest seller of earbuds in the second quarter, taking 31%".
  // An earlier state's date is the comparison's: "compared with an operating loss of EUR 31 million in the second
  // quarter of 2024" reports on this year's quarter, not that one.
  // Nor does what a change undid, dated right after it ("…, reversing a net reduction of 1,350 in the June quarter";
  // not "was C$95 million, reversing a loss of C$20 million, in the three months ended Sept. 30").
  const commaBefore = (figure: Figure): boolean => scope.doc.tokens.slice(figure.last + 1, date.first).some((t) => t.text === ',');
  const undone = (figure: Figure): boolean => undoneBefore(scope.doc, figure.first) && !commaBefore(figure);
  const reports = (figure: Figure): boolean => !othersEstimate(scope, figure) && !isEarlierState(scope.doc, figure.first) && !undone(figure);
  // "The naira weakened to 1,662 per dollar …, after investors pulled money out in the third quarter": with no party's
  // figure dated, a quarter in a clause of cause dates that clause, and no report.
  const lastFigure = scope.figures.filter((figure) => figure.last < date.first).at(-1);
  if (dated.length === 0 && lastFigure && causeClauseBetween(scope.doc, lastFigure.last + 1, date.first, date)) return;
  const datesFigure = scope.figures.some((figure) => scope.bindings.get(figure) === date && reports(figure)) || dated.some((draft) => draft.predicate === 'leader_of');
  // "the quarter ended Nov. 1", "the 12 months to September", "the first nine months (of 2026)" report on a span as a
  // written quarter does. (Not "2025-26", as often a past year a half-year story looks back to.)
  const held = inReach(scope.state.reportingPeriods.company, scope.clause.sentence + 1);
  const span =
    /\b(?:quarter|half|year|months|weeks)\s+(?:ended|ending|to)\b/i.test(date.text) || leadingMonths(date.text) || SPAN_NAMED_BY_ITS_END.test(date.text) || SPAN_NAMED_BY_MONTHS.test(date.text);
  // A month reports in a story that opens on a month's change ("Swiss watch exports fell 3.8% in October") and has
  // reported on no span before: not "Acme opened 12 stores in September", nor "Sales in October rose 3%" in a quarter's story.
  const noReportYet = scope.state.reportingPeriods.company === null && scope.state.reportingPeriods.market === null;
  // Not a company's month ("Nordvik Apparel AB said sales fell 3% in September", "Boeing's deliveries rose 19% in
  // October"): its quarter's figures follow, undated or dated by their own words.
  const monthFirst =
    date.period?.precision === 'MONTH' &&
    date.period.start != null &&
    date.period.start.slice(0, 7) === date.period.end?.slice(0, 7) &&
    noReportYet &&
    scope.clause.sentence < STORY_OPENING_SENTENCES &&
    drafts.some((draft) => draft.predicate === 'growth_rate') &&
    drafts.every((draft) => draft.subject.kind !== 'COMPANY' && withoutCompanySuffix(draft.subject.name) === null);
  if (!datesFigure || !date.period || !(REPORTING_PRECISIONS.has(date.period.precision) || span || monthFirst) || LOOKS_BACK.test(date.text)) return;
  // "In the first six months of 2026 it had cut 400 jobs", "taking first-half earnings to Rs 8,817 crore" after a
  // second-quarter report: the quarter is still reported on.
  if (leadingMonths(date.text) && held !== null && (held.precision === 'QUARTER' || held.precision === 'HALF' || (held.precision === 'SPAN' && QUARTER_OR_HALF_SPAN.test(held.text)))) return;
  // "Swiss watch exports fell 3.8% in October … U.S. shipments in the January-October period rose 3.3%": after a
  // month's report the year so far is its running total, and the month is still reported on.
  const heldMarket = inReach(scope.state.reportingPeriods.market, scope.clause.sentence + 1);
  const heldMonth = [held, heldMarket].some((report) => report?.precision === 'MONTH');
  if (heldMonth && (leadingMonths(date.text) || YEAR_SO_FAR.test(date.text))) return;
  // A first half only after a quarter the story opened with: "In the second quarter alone, …" told after a first half's
  // figures does not make the half a running total.
  if (FIRST_HALF_WORDS.test(date.text) && held !== null && held.precision === 'QUARTER' && held.written <= STORY_OPENING_SENTENCES) return;
  // Nor a quarter told after the half in its own sentence, in a story that opened on the half: "grew 3.9% in the
  // half, accelerating to 4.3% in the second quarter" tells a part of it, and the figures after are still the half's.
  const quarter = date.period.precision === 'QUARTER' || (span && spanUnit(date.text) === 'QUARTER');
  const halfBefore = HALF_NAMED.test(scope.doc.text.slice(scope.doc.sentences[scope.clause.sentence]!.start, scope.doc.tokens[date.first]!.start));
  if (quarter && halfBefore && held !== null && unitOf(held) === 'HALF' && held.written <= STORY_OPENING_SENTENCES) return;
  // "Polestar expects sales to grow 30% in 2025", "For the fourth quarter, it expects …": a forecast's period is not
  // the one being reported.
  // "…showed Lumetra sales of $1.38bn, ahead of the $1.29bn analysts had forecast": a forecast after the dated figure
  // is someone else's, and the figure still reports; with no drafted figure, any forecast word in the clause decides.
  if (dated.length > 0 ? dated.every((draft) => hasForecastBasis(draft.qualifiers)) : forecastBetween(scope.doc, scope.clause.first, scope.clause.last)) return;
  // "The stock had gained nearly 40% this year": the share price's run, not the period the report is about.
  if (priceMove(scope)) return;
  // "Qingfeng's share had already fallen to 24.1% in the June quarter": told in the past perfect, a state before the
  // one reported.
  if (pastPerfect(scope)) return;
  // '"Over half of our net new ARR this quarter came from …," the chief executive said': a speaker's "this quarter" is
  // the one the story reports on, which the article has already named; read against the publication it is not.
  if (/\bthis\b/i.test(date.text) && insideQuotation(scope.doc, date.first)) return;
  // "It has hedged about 45 per cent of its expected fuel needs for 2027": a year written after the publication's is
  // looked ahead to, not reported on, however the clause words it. (A date with no year, "the three months ended
  // Dec. 31", is the last one past: pastYearPeriod.)
  if (/\b(?:19|20)\d\d\b|\bnext\b/i.test(date.text) && startsAfterPublication(date.text, scope.publishedAt)) return;
  const sentence = scope.clause.sentence;
  // A dated figure no party was found for ("Global personal computer shipments grew 7.8% in the third quarter",
  // after a dateline) is taken as a market's.
  // One with no word of a market ("Net additions in the fourth quarter were 1.2mn") is the company report's.
  // So is a research firm's own ("Panelytics said grocery price inflation eased to 3.4% in the four weeks to Sept.
  // 27"): its tally's weeks are not the span the story's company reports on.
  // (The market's report under way, if any, stays: a firm taken for a figure's holder is as often a reading's fault.)
  // Not the story's own company by a name alone ("Lam Research", "NTT Data"): only one the article calls a research firm.
  const story = mainSubject(scope.state)?.name;
  const firm = (draft: Draft): boolean => researchFirm(scope.doc, draft.subject) && (draft.subject.name !== story || describedAsResearchFirm(scope.doc, draft.subject));
  const byResearchFirm = dated.length > 0 && dated.every(firm);
  if (byResearchFirm && inReach(scope.state.reportingPeriods.market, sentence + 1) !== null) return;
  const slot = dated.some(aboutMarket) || byResearchFirm || (dated.length === 0 && namesAMarket(scope)) ? 'market' : 'company';
  const before = inReach(scope.state.reportingPeriods[slot], sentence + 1);
  const about = new Set([...(before?.about ?? []), ...dated.map((draft) => draft.subject.name)]);
  // "for the July-September quarter, the first quarter of its financial year ending June 2027": the report is on the
  // part named before the year, which the company's fiscal calendar dates (fiscal-year.ts), not on the whole year.
  const part = partOfYearBefore(scope, date);
  const text = part === null ? date.text : `${part.words} ${date.text}`;
  const precision = part?.precision ?? (span ? 'SPAN' : date.period.precision);
  setReport(scope, slot, { text, precision, written: sentence, sentence, about });
}

/** "the first quarter of its", "the first six months of the" right before a fiscal year's date: a part of that year. */
const PART_OF_YEAR_BEFORE = /(?:^|\s)((?:the )?(?:(?:first|second|third|fourth) (quarter|half)|first (?:three|six|nine) months) of (?:its|the|their))$/i;
/** How many words before a date its part may take: "the first nine months of the". */
const PART_WORDS = 6;

function partOfYearBefore(scope: ClauseScope, date: DateMention): { words: string; precision: string } | null {
  // Only a fiscal year named by its end ("its financial year ending June 2027"), whose parts fiscal-year.ts dates.
  if (!/\b(?:fiscal|financial) year\b/i.test(date.text)) return null;
  const tokens = scope.doc.tokens.slice(Math.max(scope.clause.first, date.first - PART_WORDS), date.first);
  const match = PART_OF_YEAR_BEFORE.exec(tokens.map((token) => token.normal).join(' '));
  if (!match) return null;
  return { words: match[1]!, precision: match[2] ? match[2].toUpperCase() : 'SPAN' };
}

/** The year so far told by its months or words: "the January-October period", "so far this year", "year to date" (not "January to October"). */
const YEAR_SO_FAR = /\bJan(?:uary|\.)?\s?[-–]\s?\p{L}+\.? period\b|\bso far this year\b|\byear[- ]to[- ]date\b/iu;

/** A half named in a sentence: "in the half", "the first half", "the 26 weeks", "six months". */
const HALF_NAMED = /\b(?:the|first|second)[- ]half\b|\b26 weeks\b|\bsix months\b/i;
/** A first half, which a quarter's report names as its running total: "first-half earnings", "the first half". */
const FIRST_HALF_WORDS = /\bfirst[- ]half\b/i;
/** The headline and the first sentences, where a story names the period it reports on. */
const STORY_OPENING_SENTENCES = 3;
/** A year's opening months, with or without the year: "the first nine months (of 2026)", "the first three quarters". */
const LEADING_MONTHS = /\bfirst (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d+) months\b|\bfirst (?:two|three) quarters\b/i;
/** A quarter or half told by its months or its end: "the three months to September", "the quarter ended Nov. 1". */
const QUARTER_OR_HALF_SPAN = /\b(?:three|six) months\b|\bquarter\b|\bhalf\b/i;
/** Those months, or the story's bare "the nine months" for them (dates.ts). */
const leadingMonths = (text: string): boolean => LEADING_MONTHS.test(text) || unnumberedOpening(text) !== null;

/** Precisions a clause with no figure reports on when it names one: a quarter or a half ("2025" alone is too often a story's past). */
const NAMED_ALONE = new Set(['QUARTER', 'HALF']);

/**
 * "SECOND QUARTER 2025: VENDOR PERFORMANCE", "The vendor ranking shifted in the April-June quarter.": a heading or a
 * clause with no figure that names a quarter or a half says what the figures after it report on, for the market's
 * figures and the companies' alike. A heading may name a year too ("2024 IN REVIEW").
 */
function notePeriodNamedAlone(scope: ClauseScope, date: DateMention): void {
  const period = date.period;
  if (period === null || LOOKS_BACK.test(date.text) || UNNAMED.test(date.text) || forecastBetween(scope.doc, scope.clause.first, scope.clause.last)) return;
  // "FULL-YEAR HIT FROM OFFSHORE WIND" names no year; "2024 IN REVIEW" does.
  const precision = NAMED_ALONE.has(period.precision) ? period.precision : monthsSpanned(period) === 3 ? 'QUARTER' : monthsSpanned(period) === 6 ? 'HALF' : period.precision;
  if (!(NAMED_ALONE.has(precision) || (precision === 'YEAR' && /\b(?:19|20)\d\d\b/.test(date.text)))) return;
  // A heading, or a sentence about the report itself, naming no one: not "Demand weakened in the first half of the
  // year", "Jane Park joined in the first quarter of 2023" or "first-half results were hurt by a strike".
  if (!inHeading(scope) && !(precision !== 'YEAR' && aboutTheReport(scope))) return;
  const sentence = scope.clause.sentence;
  const reports = scope.state.reportingPeriods;
  // It moves the reports under way on; with none, the company's (a quarter named alone makes no market report).
  const slots = (['market', 'company'] as const).filter((slot) => reports[slot] !== null);
  for (const slot of slots.length > 0 ? slots : (['company'] as const)) {
    setReport(scope, slot, { text: date.text, precision, written: sentence, sentence, about: new Set() });
  }
}

/** Whole months from the first of one month to the end of another ("April-June": 3), else 0. */
function monthsSpanned(period: { start: string | null; end: string | null }): number {
  if (period.start === null || period.end === null || !period.start.endsWith('-01')) return 0;
  const [startYear, startMonth] = period.start.split('-').map(Number) as [number, number];
  const [endYear, endMonth, endDay] = period.end.split('-').map(Number) as [number, number, number];
  if (endDay !== daysInMonth(endYear, endMonth)) return 0;
  return (endYear - startYear) * 12 + endMonth - startMonth + 1;
}

/** "in the quarter", "the half": which one is left to the figures' own words. */
const UNNAMED = /^(?:(?:in|during|for|over|of) )?the (?:quarter|half|year|period)$/i;

/** Words of a sentence about a report's standings: "The vendor ranking shifted in the April-June quarter." */
const REPORT_WORDS = /^(?:ranking|rankings|standings|vendors|leaderboard|league)$/;

const aboutTheReport = (scope: ClauseScope): boolean =>
  scope.mentions.every((m) => m.last < scope.clause.first || m.first > scope.clause.last) &&
  scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => REPORT_WORDS.test(t.normal));

/** A line in capitals with no stop: "2024 IN REVIEW". */
const inHeading = (scope: ClauseScope): boolean => isCapitalsHeading(scope.doc, scope.doc.sentences[scope.clause.sentence]!);

/** Words a market's own figure is told with: "Global personal computer shipments grew", "industry sales fell". */
const MARKET_WORDS = /^(?:market|markets|industry|global|worldwide|shipments|registrations|nationwide|sector)$/;

/** The clause speaks of a market: a figure no party was found for in it is the market's. */
const namesAMarket = (scope: ClauseScope): boolean => scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1).some((t) => MARKET_WORDS.test(t.normal));
