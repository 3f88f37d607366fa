// Windows that end at a date: the publication's ("the past 12 months", "TTM", "year to date") or one written ("the quarter ended June 30").
import { parseCardinal } from '../quantity.js';
import type { Atom } from './atom.js';
import { addMonths, daysInMonth, isoDate, isWeekCalendarEnd, shiftIsoDate } from './calendar.js';
import { readDateAtom } from './dates.js';
import { periodOfDate, yearPeriod, type ParsedPeriod } from './intervals.js';
import { monthLabel } from './month-names.js';
import { readMonthAtom } from './months.js';
import { unresolvable } from './period-errors.js';
import { publication, publicationMonth, type Resolver } from './resolver.js';
import { readYear } from './years.js';

const UNIT_MONTHS: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12, decade: 120 };
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7 };

/** The acronyms analysts write for the trailing twelve months. */
const TRAILING_YEAR = /^(?:ttm|ltm)$/;

/**
 * "the past 12 months", "the last 18 months", "the previous two quarters", "the past year", "the past 90 days",
 * "the past decade", "trailing twelve months", "TTM". "last year" and "last quarter" are the calendar ones (read before this).
 * The window ends on the publication date. With only the publication month known, it runs from the same month
 * N months before to the end of the publication month: the widest the words allow, since the day is unknown.
 */
export const readTrailingAtom: Atom = (text, r) => {
  const counted = /^(?:the\s+)?(?:past|last|previous|prior|preceding|trailing)\s+(?:(.+?)\s+)?(day|week|month|quarter|year|decade)s?$/.exec(text);
  const window = TRAILING_YEAR.test(text) ? { count: 12, unit: 'month' } : counted ? trailingCount(counted[1], counted[2]!) : null;
  if (!window) return null;
  const label = `${window.count} ${window.unit}${window.count === 1 ? '' : 's'} to`;
  const published = publication(r, text);
  const days = UNIT_DAYS[window.unit];
  if (published.month !== undefined && published.day !== undefined) {
    const last = isoDate(published.year, published.month, published.day);
    return { label: `${label} ${last}`, start: shiftIsoDate(windowStart(published.year, published.month, published.day, window), 1), end: last, precision: 'DAY' };
  }
  if (days !== undefined) throw unresolvable(r.text, `counting ${window.unit}s back needs the publication day, which is not known`);
  const { year, month } = publicationMonth(r, text);
  const first = addMonths(year, month, -window.count * UNIT_MONTHS[window.unit]!);
  return {
    label: `${label} ${monthLabel(year, month)}`,
    start: isoDate(first.year, first.month, 1),
    end: isoDate(year, month, daysInMonth(year, month)),
    precision: 'MONTH',
  };
};

/**
 * The day before a window of `count` units that ends on (year, month, day) begins. Counted in months from a month's
 * last day it is a month's last day ("three months to June 30" begin April 1); from another day, the same day of
 * the month (or the month's last, if shorter: "a month to March 30, 2024" begins March 1).
 */
function windowStart(year: number, month: number, day: number, window: { count: number; unit: string }): string {
  const days = UNIT_DAYS[window.unit];
  if (days !== undefined) return shiftIsoDate(isoDate(year, month, day), -window.count * days);
  const back = addMonths(year, month, -window.count * UNIT_MONTHS[window.unit]!);
  const monthEnd = day === daysInMonth(year, month);
  return isoDate(back.year, back.month, monthEnd ? daysInMonth(back.year, back.month) : Math.min(day, daysInMonth(back.year, back.month)));
}

/** "12 months", "two quarters"; "the past year" (no count) is one. Fractions and zero are not a window. */
function trailingCount(countText: string | undefined, unit: string): { count: number; unit: string } | null {
  const count = countText === undefined ? 1 : parseCardinal(countText);
  return count !== null && Number.isInteger(count) && count > 0 ? { count, unit } : null;
}

const YEAR_TO_DATE = /^(?:the\s+)?(?:(.+?)\s+)?(?:ytd|year\s*-?\s*to\s*-?\s*date)(?:\s+(.+))?$/;
const SO_FAR_THIS_YEAR = /^(?:so far this year|this year so far|so far in the year)$/;

/**
 * "year to date", "YTD", "so far this year", "YTD 2025", "2025 year to date": from January 1 to the publication
 * date. A year named other than the publication's (or with no publication date) is the whole of that year: the
 * figure was true at some point in it, and which day is not written.
 */
export const readYearToDateAtom: Atom = (text, r) => {
  const match = YEAR_TO_DATE.exec(text);
  if (!match && !SO_FAR_THIS_YEAR.test(text)) return null;
  const yearText = match?.[1] ?? match?.[2];
  const named = yearText === undefined ? null : readYear(yearText, r);
  if (yearText !== undefined && !named) return null;
  const published = r.context.publishedAt();
  if (named && (!published || published.year !== named.year)) return yearPeriod(named.year, `${named.label} year to date`);
  const end = periodOfDate(publication(r, text));
  const year = named?.year ?? Number(end.start!.slice(0, 4));
  if (end.precision === 'YEAR') return yearPeriod(year, `${year} year to date`);
  return { label: `year to ${end.label}`, start: isoDate(year, 1, 1), end: end.end, precision: end.precision };
};

const ENDING_UNIT_MONTHS: Readonly<Record<string, number>> = { ...UNIT_MONTHS, half: 6, 'half-year': 6 };

/**
 * Days after a year's end in which it is still told as the year "ending" then: its results and annual report come out
 * ("revenue for the fiscal year ending May 31 was $57.4 billion" in September). Past half a year, "ending" names the
 * year still running ("expects sales for the fiscal year ending Jan. 31" in November).
 */
const REPORTING_LAG_DAYS = 183;

/**
 * "the fiscal year ending Jan. 31" in November 2025: a span still running ends on the next such day, not on the one of
 * the publication's year that passed long ago (2026-01-31, not 2025-01-31). Only where the words give no year, and not
 * within half a year of that day ("the year ending Sept. 30" in November is the one just reported).
 */
function stillToEnd(end: ParsedPeriod, words: string, r: Resolver): ParsedPeriod {
  const publishedAt = r.context.publishedAt();
  if (/\b\d{4}\b/.test(words) || !publishedAt?.month || !end.end) return end;
  const published = isoDate(publishedAt.year, publishedAt.month, publishedAt.day ?? daysInMonth(publishedAt.year, publishedAt.month));
  if (shiftIsoDate(end.end, REPORTING_LAG_DAYS) >= published) return end;
  const later = (date: string | null): string | null => (date === null ? null : `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`);
  return { ...end, label: end.label.replace(/\b\d{4}\b/, (year: string) => String(Number(year) + 1)), start: later(end.start), end: later(end.end) };
}

/**
 * The weeks a span of whole quarters ending on `day` covers when it is a 52-53-week calendar's, or null. A quarter,
 * half, nine months or year that ends near its month's last day, but not on it, is a week-counted one: "the three
 * months ended Sept. 27, 2025" is Apple's fiscal fourth quarter, the 13 weeks from June 29, not the months from June
 * 28. (A 53-week year's extra week cannot be told from the words, and is left out.) Only a day such a calendar ends on
 * (isWeekCalendarEnd): "the six months to Sept. 15" are whole months.
 */
function weeksOfMonthsEndingOn(year: number, month: number, day: number, months: number): number | null {
  if (!isWeekCalendarEnd(year, month, day) || months % 3 !== 0 || months > 12) return null;
  return (months / 3) * 13;
}

/**
 * A span that ends on a date, as reports write it: "the quarter ending September 30, 2024", "the three months ended
 * June 30", "the 12 months to March 31, 2025", "the fiscal year ended June 2024", "the year to March 2025" (April
 * 2024 to March 2025). Ending on a day it runs to that day; ending on a month, over whole months.
 */
export const readPeriodEndingAtom: Atom = (text, r) => {
  const match = /^(?:the\s+)?(?:(?:fiscal|financial)\s+)?(?:(.+?)\s+)?(day|week|month|quarter|half-year|half|year)s?\s+(ending|ended|to|through|thru)\s+(.+)$/.exec(text);
  const window = match ? trailingCount(match[1], match[2]!) : null;
  if (!match || !window || match[4] === 'date') return null;
  const unitMonths = ENDING_UNIT_MONTHS[window.unit];
  const written = readDateAtom(match[4]!, r) ?? readMonthAtom(match[4]!, r);
  // A year still running (a shorter span "ending" on a day long past is as often told of the past, so it is left).
  const yearLong = (unitMonths ?? 0) * window.count >= 12;
  const end = written && match[3] === 'ending' && yearLong ? stillToEnd(written, match[4]!, r) : written;
  if (!end?.end || (end.precision !== 'DAY' && end.precision !== 'MONTH')) return null;
  const [year, month, day] = end.end.split('-').map(Number) as [number, number, number];
  const label = `${window.count} ${window.unit}${window.count === 1 ? '' : 's'} to ${end.label}`;
  if (end.precision === 'DAY') {
    const months = unitMonths === undefined ? null : window.count * unitMonths;
    const weeks = months === null ? null : weeksOfMonthsEndingOn(year, month, day, months);
    if (weeks !== null) return { label, start: shiftIsoDate(end.end, 1 - 7 * weeks), end: end.end, precision: 'DAY' };
    const monthly = months === null ? window : { count: months, unit: 'month' };
    return { label, start: shiftIsoDate(windowStart(year, month, day, monthly), 1), end: end.end, precision: 'DAY' };
  }
  if (unitMonths === undefined) return null; // "the week ending March 2025" names no day to count back from
  const first = addMonths(year, month, 1 - window.count * unitMonths);
  return { label, start: isoDate(first.year, first.month, 1), end: end.end, precision: 'MONTH' };
};
