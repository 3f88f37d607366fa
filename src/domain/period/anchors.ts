// Periods relative to an anchor: "now" (the publication date) and offsets from named events ("six months after launch").
import { parseCardinal } from '../quantity.js';
import type { Atom } from './atom.js';
import { addMonths, daysInMonth, isoDate, shiftIsoDate } from './calendar.js';
import { dayPeriod, monthPeriod, periodOfDate, yearPeriod, type ParsedPeriod } from './intervals.js';
import { checkedDate, formatPartialDate, readPartialDate, type PartialDate } from './partial-date.js';
import { unresolvable } from './period-errors.js';
import { anchorKey, publication, type Resolver } from './resolver.js';

const NOW_WORDS = /^(?:today|now|right now|currently|at present|presently|present|the present|at the moment|nowadays|these days|date|to date)$/;

/** "today", "now", "currently": the publication date, at the precision it is known to. */
export const readNowAtom: Atom = (text, r) => (NOW_WORDS.test(text) ? periodOfDate(publication(r, text)) : null);

const OFFSET_UNITS: Readonly<Record<string, { days?: number; months?: number }>> = {
  day: { days: 1 }, week: { days: 7 }, month: { months: 1 }, quarter: { months: 3 }, year: { months: 12 },
};

/** "six months after launch", "a year after its launch", "two years before launch", "90 days post-launch". */
export const readAnchorOffsetAtom: Atom = (text, r) => {
  const match =
    /^(.+?)\s+(day|week|month|quarter|year)s?\s+(after|before|following|since|prior to|post)\s*-?\s*(?:(?:its|the|their|his|her)\s+)?(.+)$/.exec(text);
  if (!match) return null;
  const [, countText = '', unitWord = '', direction = '', anchorText = ''] = match;
  const count = parseCardinal(countText);
  const unit = OFFSET_UNITS[unitWord];
  if (count === null || unit === undefined) return null;
  const sign = direction === 'before' || direction === 'prior to' ? -1 : 1;
  const days = unit.days === undefined ? null : count * unit.days * sign;
  const months = unit.months === undefined ? null : count * unit.months * sign;
  if ((days !== null && !Number.isInteger(days)) || (months !== null && !Number.isInteger(months))) return null;
  const anchor = anchorDate(anchorText, r);
  return shiftedPeriod(anchor, anchorText, { days, months }, r);
};

/**
 * A window from a named event: "within six months of launch", "in the first 90 days after launch", "its first
 * year" (its own launch). It starts with the event and ends where the offset lands, at the event's precision.
 */
export const readAnchorWindowAtom: Atom = (text, r) => {
  const match =
    /^(?:within\s+(?:the\s+)?(?:first\s+)?|(?:the|its|their)\s+first\s+|first\s+)(?:(.+?)\s+)?(day|week|month|quarter|year)s?(?:\s+(?:of|after|since|following|from)\s+(?:(?:its|the|their)\s+)?(.+))?$/.exec(
      text,
    );
  if (!match) return null;
  const [, countText, unitWord = '', named] = match;
  // "its first year" counts from the subject's own launch; "within six months" with no event names none.
  const anchorText = named ?? (/^(?:its|their)\s/.test(text) ? 'launch' : undefined);
  const count = countText === undefined ? 1 : parseCardinal(countText);
  const unit = OFFSET_UNITS[unitWord];
  if (anchorText === undefined || count === null || !Number.isInteger(count) || count <= 0 || unit === undefined) return null;
  const anchor = anchorDate(anchorText, r);
  const offset = { days: unit.days === undefined ? null : count * unit.days, months: unit.months === undefined ? null : count * unit.months };
  const first = periodOfDate(anchor);
  const last = shiftedPeriod(anchor, anchorText, offset, r);
  return { label: `${first.label}–${last.label}`, start: first.start, end: last.end, precision: last.precision };
};

/** A named event from the context, else a date written in place of the name ("six months after March 2025"). */
function anchorDate(name: string, r: Resolver): PartialDate {
  const named = r.context.anchor(anchorKey(name));
  if (named) return checkedDate(formatPartialDate(named), named.year, named.month, named.day);
  const written = readPartialDate(name, r.text);
  if (written) return written;
  throw unresolvable(r.text, `the ${name} date is unknown`);
}

/** Moves a date by whole days or months; the result keeps the anchor's precision (a day, a month or a year). */
function shiftedPeriod(anchor: PartialDate, name: string, offset: { days: number | null; months: number | null }, r: Resolver): ParsedPeriod {
  const { year, month, day } = anchor;
  if (offset.days !== null) {
    if (month === undefined || day === undefined) {
      throw unresolvable(r.text, `counting days needs the exact ${name} day, but only ${formatPartialDate(anchor)} is known`);
    }
    const iso = shiftIsoDate(isoDate(year, month, day), offset.days);
    return { label: iso, start: iso, end: iso, precision: 'DAY' };
  }
  const months = offset.months ?? 0;
  if (month === undefined) {
    if (months % 12 !== 0) throw unresolvable(r.text, `counting months needs the ${name} month, but only ${year} is known`);
    return yearPeriod(year + months / 12);
  }
  const moved = addMonths(year, month, months);
  if (day === undefined) return monthPeriod(moved.year, moved.month);
  // Jan 31 + 1 month is the last day of February, not March 3.
  return dayPeriod(moved.year, moved.month, Math.min(day, daysInMonth(moved.year, moved.month)));
}
