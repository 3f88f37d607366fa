// A date written without its year is read in the publication's year. For a figure reported as past that can put it
// in the future: "had 9.1 million members at the end of December", published in February 2025, is December 2024.
import { MONTH_NAMES, shiftIsoDate } from '../domain/period.js';
import { latestPublicationDay, readAgainst } from './future-period.js';
import { FORECASTERS } from './others-estimate.js';
import { forecastBetween } from './scope-qualifiers.js';
import { hasForecastBasis, type ClauseScope, type Draft } from './scope.js';
import { IRREGULAR_PAST } from './tense.js';
import { unnumberedOpening } from './unnumbered-opening.js';

const startOf = (text: string, publishedAt: string): string | null => readAgainst(text, publishedAt)?.start ?? null;

/** A whole year named without its number: "full-year revenue", "for the full year". */
const FULL_YEAR = /\bfull[- ]?year\b/i;
/** The months (January to March) in which a calendar year's full-year results are told. */
const FULL_YEAR_REPORTING_MONTHS = 3;

/** How far after the publication a date written without its year is still read as coming, not as last year's. */
const NEAR_FUTURE_DAYS = 60;


/** Verbs ending in "-ed" that are in the present: "need", "exceed". */
const PRESENT_IN_ED = /^(?:need|exceed|proceed|succeed|feed|speed|seed|breed|bleed|heed|embed)$/;

/** Verbs in the present: "goes on sale", "is due", "has". */
const PRESENT_AUX = /^(?:is|are|has|have|does|do|'s)$/;

/**
 * Whether the clause's first finite verb is in the past tense: what it reports has happened. A present one first
 * ("The H3 goes on sale on March 3, priced from €29,900") makes a later "-ed" a participle, not the clause's tense.
 */
function saysPast(scope: ClauseScope): boolean {
  for (const t of scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1)) {
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    if (IRREGULAR_PAST.test(t.normal) || (/ed$/.test(t.normal) && !PRESENT_IN_ED.test(t.normal))) return true;
    if (PRESENT_AUX.test(t.normal) || (/[^s]s$/.test(t.normal) && t.lemma !== t.normal)) return false;
  }
  return false;
}

/** "with a record date of January 23", "payable on March 4": a date set for what is to come, whatever the verb. */
function namesADueDate(scope: ClauseScope, draft: Draft): boolean {
  const range = draft.period.range;
  if (range === null) return false;
  return scope.doc.tokens.slice(Math.max(0, range.first - 3), range.first).some((t) => /^(?:date|payable|due|effective|deadline)$/.test(t.normal));
}


/** A quarter or half named by the month it ends in: "the June half", "the December quarter", "the half to June". */
const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
const ENDING_IN_MONTH = new RegExp(`\\b(?:${MONTH_NAME}(?: ?- ?| )(?:quarter|half)|(?:quarter|half|months) to ${MONTH_NAME})\\b`, 'i');
/** A year's opening span, as results report it: "the first half", "the first nine months", "the first three quarters". */
const OPENING_SPAN = /\b(?:(?:first|1st) half|h1|first \S+ (?:months|quarters))\b/i;

/** Words that put what a clause says after the time it was said. */
const LOOKS_AHEAD =
  /^(?:would|ahead|planned|planning|intends|intended|scheduled|upcoming|next|later|until|launch|begin|start|due|slated|targets|targeting|aims|aiming|expected|forthcoming|pending)$/;

/** "helped by the start-up of two sites", "since its launch": a start that is a thing, not a verb looking ahead. */
const startedThing = (clause: ReadonlyArray<{ normal: string; pos: string }>, i: number): boolean =>
  /^(?:start|launch|begin)$/.test(clause[i]!.normal) && (clause[i]!.pos === 'NOUN' || /^(?:the|its|their|a|-)$/.test(clause[i - 1]?.normal ?? ''));

/** Words naming what others expected of a result: "ahead of estimates", "ahead of the $5 billion expected". */
const EXPECTATIONS = /^(?:expected|estimates?|forecasts?|consensus|expectations|guidance)$/;
/** How far after "ahead of" the expectation may be named: "ahead of the 6.1 billion crowns expected". */
const AHEAD_OF_REACH = 8;

/**
 * "ahead of the 6.1 billion crowns expected on average by analysts", "better than expected", "ahead of estimates":
 * what others expected of a result already reported, which looks back, not ahead.
 */
function benchmarkExpected(clause: ReadonlyArray<{ normal: string }>, i: number): boolean {
  if (clause[i]!.normal === 'ahead' && clause[i + 1]?.normal === 'of') return clause.slice(i + 2, i + 2 + AHEAD_OF_REACH).some((t) => EXPECTATIONS.test(t.normal));
  if (clause[i]!.normal !== 'expected') return false;
  if (/^(?:than|as)$/.test(clause[i - 1]?.normal ?? '')) return true;
  for (let k = i + 1; k <= i + 4 && k + 1 < clause.length; k++) if (clause[k]!.normal === 'by' && FORECASTERS.test(clause[k + 1]!.normal)) return true;
  return false;
}

/**
 * The draft's period with the year before written in, when the words have no year, read in the publication's year
 * they start after the publication, nothing in the clause looks ahead (a forecast, "will", "would", "ahead of"), and
 * in that year they had begun by then ("in the fourth quarter" in February 2025 is Q4 2024). Otherwise as it was.
 */
export function pastYearPeriod(scope: ClauseScope, draft: Draft): string | null {
  const text = draft.period.period;
  const publishedAt = scope.publishedAt;
  if (text === null || publishedAt === null || draft.period.asOfPublication || /\b\d{4}\b/.test(text)) return text;
  const latest = latestPublicationDay(publishedAt);
  if (latest === null) return text;
  const start = startOf(text, publishedAt);
  // "a record date of January 23" in a story of January 15 is to come: without a verb in the past, only a date well
  // after the publication (the fourth quarter, in February) is taken for last year's; "had 9.1 million members at
  // the end of December" in November is last December's.
  const past = saysPast(scope) && !namesADueDate(scope, draft);
  // "Full-year revenue rose 14%" in February: a whole year reported as done early in the next is the one that ended.
  // Later in a year it is as likely a fiscal year just closed ("reported full-year revenue" in August) as this one.
  const earlyInYear = Number(latest.slice(5, 7)) <= FULL_YEAR_REPORTING_MONTHS;
  // "in the June half", "the quarter to March", "in the first nine months" told in the past before that span is out:
  // the one that ended last.
  const endedLast = (earlyInYear && FULL_YEAR.test(text)) || ENDING_IN_MONTH.test(text) || OPENING_SPAN.test(text) || unnumberedOpening(text) !== null;
  if (start !== null && past && endedLast && (readAgainst(text, publishedAt)?.end ?? '') > latest && !hasForecastBasis(draft.qualifiers)) {
    return `${text} ${Number(start.slice(0, 4)) - 1}`;
  }
  if (start === null || start <= (past ? latest : shiftIsoDate(latest, NEAR_FUTURE_DAYS))) return text;
  if (hasForecastBasis(draft.qualifiers) || forecastBetween(scope.doc, scope.clause.first, scope.clause.last)) return text;
  // "announced it would raise prices from April", "is due in September", "is set to open": what is to come.
  const clause = scope.doc.tokens.slice(scope.clause.first, scope.clause.last + 1);
  if (clause.some((t, i) => (LOOKS_AHEAD.test(t.normal) && !startedThing(clause, i) && !benchmarkExpected(clause, i)) || (t.normal === 'set' && clause[i + 1]?.normal === 'to'))) return text;
  const written = `${text} ${Number(start.slice(0, 4)) - 1}`;
  const earlier = startOf(written, publishedAt);
  return earlier !== null && earlier <= latest ? written : text;
}
