// Dates known to the year, the month or the day: reading the written forms we accept, checking them, and printing them.
import * as chrono from 'chrono-node';
import { DomainError, ErrorCode } from '../errors.js';
import { daysInMonth, isoDate, pad } from './calendar.js';
import { MONTH, monthLabel, monthNumber, ORDINAL, WEEKDAY } from './month-names.js';
import { normalizeText } from './normalize.js';
import { dateInvalid } from './period-errors.js';

/** A date known to the year, the month or the day; month is 1-12. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Checks that the parts name a real calendar date (leap years included) and returns it. */
export function checkedDate(text: string, year: number, month?: number, day?: number): PartialDate {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw dateInvalid(text, `year ${year} is out of range`);
  if (month === undefined) return { year };
  if (!Number.isInteger(month) || month < 1 || month > 12) throw dateInvalid(text, `month ${month} does not exist`);
  if (day === undefined) return { year, month };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    throw dateInvalid(text, `${monthLabel(year, month)} has no day ${day}`);
  }
  return { year, month, day };
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const NAMED_MONTH_YEAR = new RegExp(`^${MONTH},?\\s+(?:of\\s+)?(\\d{4})$`);
const NAMED_MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+${ORDINAL},?\\s+(\\d{4})$`);
const NAMED_DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})$`);

/**
 * A date in one of the written forms we accept, or null when the text is not date-shaped; throws DateInvalid
 * when it is date-shaped but not a real date ("2026-02-30"). Times and offsets are ignored: the date is taken as
 * written, not converted to UTC, because that is the day the source printed.
 */
export function readPartialDate(text: string, shown: string): PartialDate | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return checkedDate(shown, Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const monthYear = NAMED_MONTH_YEAR.exec(text);
  if (monthYear) return checkedDate(shown, Number(monthYear[2]), monthNumber(monthYear[1]));
  const monthDay = NAMED_MONTH_DAY_YEAR.exec(text);
  if (monthDay) return checkedDate(shown, Number(monthDay[3]), monthNumber(monthDay[1]), Number(monthDay[2]));
  const dayMonth = NAMED_DAY_MONTH_YEAR.exec(text);
  if (dayMonth) return checkedDate(shown, Number(dayMonth[3]), monthNumber(dayMonth[2]), Number(dayMonth[1]));
  return readWithChrono(text, shown);
}

/**
 * Other full dates with a month name, such as RSS dates ("Thu, 12 Feb 2026 10:00:00 GMT"). chrono must cover the
 * whole text and be certain of year, month and day. Numeric forms like "2/12/2026" are refused: US and European
 * readings differ.
 */
function readWithChrono(text: string, shown: string): PartialDate | null {
  // A year written out: chrono reads relative words against the machine's clock ("in the week to Nov 3" came out as
  // the week after the day it ran), which is no date a source wrote.
  // And the date from its first word (a weekday, a day or a month): "in the week to Nov 3, 2025" is a week, not a day.
  if (!new RegExp(`\\b${MONTH}\\b`).test(text) || !/\b\d{4}\b/.test(text) || !new RegExp(`^${WEEKDAY}(?:\\d|${MONTH})`).test(text)) return null;
  const results = chrono.strict.parse(text);
  const [result] = results;
  if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== text.length) return null;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return checkedDate(shown, start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

/** "2026", "2026-02", "2026-02-12", "2026-02-12T10:00:00Z", "February 2026", "Feb 12, 2026", "12 February 2026". */
export function parsePartialDate(text: string): PartialDate {
  const normalized = normalizeText(text);
  const date = normalized === '' ? null : readPartialDate(normalized, text.trim());
  if (date === null) throw new DomainError(ErrorCode.DateInvalid, `cannot read a date from "${text.trim()}"`, [], { text });
  return date;
}

/** "2026", "2026-02" or "2026-02-12". */
export function formatPartialDate(d: PartialDate): string {
  if (d.month === undefined) return pad(d.year, 4);
  if (d.day === undefined) return `${pad(d.year, 4)}-${pad(d.month)}`;
  return isoDate(d.year, d.month, d.day);
}
