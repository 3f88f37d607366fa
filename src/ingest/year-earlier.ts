// "Operating profit for the October-December period rose to NOK 4.18 billion from NOK 3.40 billion a year earlier":
// the earlier figure is the same period one year before, not the year before the publication; "down from 21% in the
// previous quarter" is the quarter before the clause's own.
import { addMonths, daysBetween, daysInMonth, isoDate, isWeekCalendarEnd, MONTH_NAMES, shiftIsoDate, type ParsedPeriod } from '../domain/period.js';
import type { Candidate } from './candidate.js';
import { escapeRegExp } from './regexp.js';
import { readAgainst } from './future-period.js';
import { isNowWord } from './dates.js';
import { A_YEAR_BACK, BACK_COMPOUNDS, FULL_YEAR, SPAN_UNITS } from './span-back-words.js';
import { hasForecastBasis } from './scope.js';

/** Words that date a figure as the same span one year back: "a year earlier", "the same quarter last year". */
const YEAR_BACK = new RegExp(
  `^(?:(?:from |than |versus |compared with |in )?(?:a year (?:earlier|ago|before)|the (?:same )?(?:${SPAN_UNITS}) (?:${A_YEAR_BACK})|the year before|the (?:${BACK_COMPOUNDS}) (?:${SPAN_UNITS})))$`,
  'i',
);
/** "in the same period of 2025": the sentence's own span in the year named, which may be more than one year back. */
const SAME_SPAN_OF_YEAR = new RegExp(`^(?:(?:from|than|versus|compared with|in|against) )?the same (?:${SPAN_UNITS}) (?:of|in) (${FULL_YEAR})$`, 'i');

/**
 * Dates each candidate of a sentence whose period is "a year earlier" (or alike) as the span the sentence's own figures
 * are dated by, a year back ("the previous quarter": a quarter back); left as they are when the sentence dates none of
 * its figures by a span of its own, or by the publication.
 */
export function sameSpanAYearBefore(candidates: Candidate[], publishedAt: string | null): Candidate[] {
  if (publishedAt === null || !candidates.some((c) => yearBack(c.period) || quarterBack(c.period) || ofYear(c.period) !== null)) return candidates;
  return candidates.map((candidate, index) => {
    const year = ofYear(candidate.period);
    if (year !== null) {
      // "against 1.4 billion crowns in the same period of 2025": the own span, moved to that year; left alone without one.
      const span = ownSpanBefore(candidates, index, publishedAt, MIN_SPAN_DAYS);
      const years = span === null ? 0 : Number(span.start!.slice(0, 4)) - year;
      return years > 0 ? { ...candidate, period: spanText(span!, monthsBefore(span!.start!, 12 * years), monthsBefore(span!.end!, 12 * years)) } : candidate;
    }
    const back = yearBack(candidate.period) ? 12 : quarterBack(candidate.period) ? 3 : 0;
    if (back === 0) return candidate;
    // "the year-ago quarter" after "reported results on Tuesday": a span goes back from a span, never from a day.
    const span = ownSpanBefore(candidates, index, publishedAt, NAMES_A_SPAN.test(candidate.period!) ? MIN_SPAN_DAYS : 1);
    if (span === null) return back === 12 ? aYearBeforePublication(candidates, withoutSameSpan(candidate), publishedAt) : candidate;
    if (back === 3 && span.precision !== 'QUARTER') return candidate;
    // Only a quarter has a quarter before it: the three months before a year are no period the words name.
    const [start, end] =
      back === 12 && weekCounted(span)
        ? [shiftIsoDate(span.start!, -WEEKS_YEAR_DAYS), shiftIsoDate(span.end!, -WEEKS_YEAR_DAYS)]
        : back === 12
          ? [monthsBefore(span.start!, 12), monthsBefore(span.end!, 12)]
          : [monthsBefore(span.start!, 3), monthEnd(monthsBefore(span.start!, 1))];
    return { ...candidate, period: spanText(span, start, end) };
  });
}

/**
 * "Acme said net income was $540m in the same quarter last year", with no quarter of its own in the sentence: the
 * span is not known, so the words say what they can alone ("last year"), as the period parser reads them.
 */
function withoutSameSpan(candidate: Candidate): Candidate {
  const inner = /^(?:in )?the same [a-z ]+? (last year|a year (?:earlier|ago|before))$/i.exec(candidate.period?.trim() ?? '');
  return inner ? { ...candidate, period: inner[1]! } : candidate;
}

/**
 * "its run rate has reached $1.4 billion, almost four times the $380 million it was generating a year earlier": a
 * sentence whose own figure holds as of the publication goes back a year from that day.
 */
function aYearBeforePublication(candidates: readonly Candidate[], candidate: Candidate, publishedAt: string): Candidate {
  // Held as of the publication: dated by it, or by "now" for the same measure ("Tillwise now serves more than 14,000
  // merchants, up from about 8,500 a year earlier"; not "… revenue rose from $1.5 billion a year earlier, and the
  // company now employs 3,000 people").
  if (!candidates.some((c) => c.period === publishedAt || (isNowWord(c.period) && c.predicate === candidate.predicate))) return candidate;
  const day = readAgainst(publishedAt, publishedAt);
  if (day === null || day.start === null || day.start !== day.end) return candidate;
  return { ...candidate, period: monthsBefore(day.start, 12) };
}

/** Words of a span a year back, which goes back from a span of at least a month: "the year-ago quarter", "the same period last year". */
const NAMES_A_SPAN = /\b(?:quarter|period|half|months)\b/i;
const MIN_SPAN_DAYS = 28;

/** Spans a figure "a year earlier" may go back from: a year or less ("in the 1990s" or "between 2020 and 2024" is none). */
const MAX_SPAN_DAYS = 366;

/** A month listed with its figure, as the figure's words end: "August at 1.1 million". */
const LISTED_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')}) at [^,;]*$`, 'i');

/**
 * The span the sentence dated its own figures by, nearest before candidate `index` ("Beta's revenue was $2 billion in
 * 2023, while Acme's rose to $5 billion in the third quarter from $4 billion a year earlier" goes back from the
 * third quarter), else the first after it. A figure stated as of the publication ("while Acme holds 30%") dates none.
 */
function ownSpanBefore(candidates: readonly Candidate[], index: number, publishedAt: string, minDays = 1): ParsedPeriod | null {
  const own = (c: Candidate): boolean =>
    c.period !== null &&
    c.period !== publishedAt &&
    !yearBack(c.period) &&
    !quarterBack(c.period) &&
    ofYear(c.period) === null &&
    !/\b(?:now|today|currently)\b/i.test(c.period) &&
    !comparedState(c) &&
    // "employs 1,150 people, up from 640 a year ago, and plans to reach 1,600 by the end of 2027": a plan's deadline is
    // no span the sentence reports on (a forecast for a year is: "expects 228 billion yen …, against 193.5 billion a
    // year earlier").
    !(hasForecastBasis(c.qualifiers) && /^by\b/i.test(c.period.trim())) &&
    // "3.1 million passengers in the third quarter, with July at 1.1 million, …, up from 2.8 million a year earlier":
    // a month listed with its part of the total is no span the comparison goes back from.
    !LISTED_MONTH.test(`${c.anchor.prefix}${c.anchor.quote}`);
  const before = candidates.slice(0, index).filter(own).at(-1) ?? candidates.slice(index + 1).find(own);
  const span = before ? readAgainst(before.period!, publishedAt) : null;
  if (span === null || span.start === null || span.end === null) return null;
  const days = daysBetween(span.start, span.end) + 1;
  return days <= MAX_SPAN_DAYS && days >= minDays ? span : null;
}

/**
 * "to 12.7% from 10.8% in the second quarter and 7.3% a year ago": a state the figure is compared with has its own
 * span, which is not the one the sentence reports on, so no year back is counted from it.
 */
function comparedState(candidate: Candidate): boolean {
  // By its number, as the value may be written anew ("74 cents" read as "74 US cents").
  const number = /\d[\d,.]*/.exec(candidate.value ?? '')?.[0];
  if (number === undefined) return false;
  const compared = new RegExp(`\\b(?:from|than|versus|vs\\.?|compared (?:with|to)) (?:[^\\s\\d]{1,3} ?)?${escapeRegExp(number)}(?![\\d.])`);
  return compared.test(`${candidate.anchor.prefix}${candidate.anchor.quote}`);
}

/** Words that date a figure as the quarter before: "in the previous quarter", "the prior three months". */
const QUARTER_BACK = /^(?:(?:in|from|than|during|over) )?(?:the |a )?(?:previous|prior|preceding) (?:quarter|three months)$/i;

const yearBack = (period: string | null): boolean => period !== null && YEAR_BACK.test(period.trim());

/**
 * "Shipments stood at 35.4 million units in the same period last year.": a sentence whose only dates go back a year
 * from a span it does not name, which is the one the sentence before it reported on.
 */
export const datedOnlyAYearBack = (candidates: readonly Candidate[]): boolean =>
  candidates.some((c) => yearBack(c.period) && /\bsame\b|-ago\b|-earlier\b|prior-year/i.test(c.period!)) && candidates.every((c) => c.period === null || yearBack(c.period) || ofYear(c.period) !== null);
/** The year "the same period of 2025" names, or null. */
const ofYear = (period: string | null): number | null => {
  const match = period === null ? null : SAME_SPAN_OF_YEAR.exec(period.trim());
  return match ? Number(match[1]) : null;
};
const quarterBack = (period: string | null): boolean => period !== null && QUARTER_BACK.test(period.trim());

/** The same day `months` months before (the last day of a shorter month where the day does not exist). */
function monthsBefore(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const earlier = addMonths(year, month, -months);
  return isoDate(earlier.year, earlier.month, Math.min(day, daysInMonth(earlier.year, earlier.month)));
}

/** A 52-week year: a week-counted span a year back ends 364 days before (on the same weekday). */
const MIN_WEEK_COUNTED_DAYS = 84;
const WEEKS_YEAR_DAYS = 364;

/**
 * "the three months ended Sept. 25" (13 weeks, as the period parser reads a quarter ending near, not on, its month's
 * last day), "the 12 weeks ended Sept. 6": a span of whole weeks, whose year-ago span is 52 weeks back (the 13 weeks
 * ended Sept. 26 of the year before), not the calendar's year back.
 */
function weekCounted(span: ParsedPeriod): boolean {
  if (span.precision !== 'DAY' || span.start === null || span.end === null) return false;
  const [year, month, day] = span.end.split('-').map(Number) as [number, number, number];
  if (!isWeekCalendarEnd(year, month, day)) return false;
  const days = daysBetween(span.start, span.end) + 1;
  // Twelve weeks at least: "the month to March 6" (28 days) is a month.
  return days % 7 === 0 && days >= MIN_WEEK_COUNTED_DAYS;
}

/** The last day of the month `iso` falls in. */
function monthEnd(iso: string): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return isoDate(year, month, daysInMonth(year, month));
}

/** "Q4 2024", "H1 2024", "2024" where the span is one; else its days ("2024-08-03 to 2024-11-01"). */
function spanText(span: ParsedPeriod, start: string, end: string): string {
  const year = start.slice(0, 4);
  const monthDay = `${start.slice(5)}..${end.slice(5)}`;
  const sameYear = end.startsWith(year);
  if (sameYear && span.precision === 'QUARTER') {
    const quarter = ['01-01..03-31', '04-01..06-30', '07-01..09-30', '10-01..12-31'].indexOf(monthDay);
    if (quarter >= 0) return `Q${quarter + 1} ${year}`;
  }
  if (sameYear && span.precision === 'HALF') {
    const half = ['01-01..06-30', '07-01..12-31'].indexOf(monthDay);
    if (half >= 0) return `H${half + 1} ${year}`;
  }
  if (sameYear && span.precision === 'YEAR' && monthDay === '01-01..12-31') return year;
  return start === end ? start : `${start} to ${end}`;
}
