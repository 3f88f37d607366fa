// Calendar dates as a period: full dates, and a month and day without a year, which take the publication year.
import type { Atom } from './atom.js';
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
