// Calendar dates as a period: full dates, a month and day without a year (the publication year's), and the week around a date.
import type { Atom } from './atom.js';
import { shiftIsoDate } from './calendar.js';
import { periodOfDate } from './intervals.js';
import { MONTH, monthNumber, ORDINAL, WEEKDAY } from './month-names.js';
import { checkedDate, readPartialDate } from './partial-date.js';
import { impliedYear } from './resolver.js';

const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+${ORDINAL}$`);
const DAY_MONTH = new RegExp(`^${WEEKDAY}(?:the\\s+)?${ORDINAL}\\s+(?:of\\s+)?${MONTH}$`);

/** Calendar dates: "2026-02-12", "February 12, 2026", "12 Feb 2026", and "February 12" in the publication year. */
export const readDateAtom: Atom = (text, r) => {
  const date = readPartialDate(text, r.text);
  if (date) return periodOfDate(date);
  const monthDay = MONTH_DAY.exec(text);
  const dayMonth = DAY_MONTH.exec(text);
  const month = monthNumber(monthDay?.[1] ?? dayMonth?.[2]);
  const day = Number(monthDay?.[2] ?? dayMonth?.[1]);
  if (!month) return null;
  const checked = checkedDate(r.text, impliedYear(r, text), month, day);
  return periodOfDate(checked);
};

/** "the week of March 3, 2025" and "the week starting March 3" (that day and six more), "the week ending March 9" (six before it). */
export const readWeekAtom: Atom = (text, r) => {
  const match = /^(?:the\s+)?week\s+(of|starting|beginning|commencing|ending|to)\s+(.+)$/.exec(text);
  const day = match?.[2] === undefined ? null : readDateAtom(match[2], r);
  if (!match || day?.precision !== 'DAY' || !day.start) return null;
  const ending = match[1] === 'ending' || match[1] === 'to';
  const start = ending ? shiftIsoDate(day.start, -6) : day.start;
  const end = ending ? day.start : shiftIsoDate(day.start, 6);
  return { label: `week ${ending ? 'ending' : 'of'} ${day.label}`, start, end, precision: 'DAY' };
};
