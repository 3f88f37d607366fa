// Windows that end at the publication date: "the past 12 months", "trailing twelve months", "TTM", "year to date", "YTD 2025".
import { parseCardinal } from '../quantity.js';
import type { Atom } from './atom.js';
import { addMonths, daysInMonth, isoDate, shiftIsoDate } from './calendar.js';
import { periodOfDate, yearPeriod } from './intervals.js';
import { monthLabel } from './month-names.js';
import { publication, publicationMonth } from './resolver.js';
import { readYear } from './years.js';
import { unresolvable } from './period-errors.js';

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

/** The day a window of `count` units ends before (year, month, day): a month back from March 31 is February's last day. */
function windowStart(year: number, month: number, day: number, window: { count: number; unit: string }): string {
  const days = UNIT_DAYS[window.unit];
  if (days !== undefined) return shiftIsoDate(isoDate(year, month, day), -window.count * days);
  const back = addMonths(year, month, -window.count * UNIT_MONTHS[window.unit]!);
  return isoDate(back.year, back.month, Math.min(day, daysInMonth(back.year, back.month)));
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
