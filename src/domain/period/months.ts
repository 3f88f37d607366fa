// Months as written ("February 2026", "Feb", "2026-02", "last month"): the reference parts of a month build on, and the month atom.
import type { Atom } from './atom.js';
import { addMonths } from './calendar.js';
import { monthsOf } from './intervals.js';
import { MONTH, monthLabel, monthNumber } from './month-names.js';
import { checkedDate } from './partial-date.js';
import { impliedYear, publicationMonth, relativeStep, type Resolver } from './resolver.js';
import { readYear } from './years.js';

/** A month and how the text named its year, so "February of FY2025" keeps that label. */
export interface MonthRef {
  year: number;
  month: number;
  yearLabel: string;
}

/** "February 2026", "Feb", "February of last year", "2026-02", "this month", "last month". */
export function readMonth(text: string, r: Resolver): MonthRef | null {
  const named = new RegExp(`^${MONTH}(?:,?\\s+(?:of\\s+)?(.+))?$`).exec(text);
  if (named) {
    const month = monthNumber(named[1]);
    if (named[2] === undefined) {
      const year = impliedYear(r, text);
      return { year, month, yearLabel: String(year) };
    }
    const year = readYear(named[2], r);
    return year ? { year: year.year, month, yearLabel: year.label } : null;
  }
  const relativeName = namedRelative(text, r);
  if (relativeName) return relativeName;
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  if (iso) {
    const date = checkedDate(r.text, Number(iso[1]), Number(iso[2]));
    return { year: date.year, month: date.month ?? 1, yearLabel: String(date.year) };
  }
  const relative = /^(this|the current|the|last|the previous|next|the next|the coming)\s+month$/.exec(text);
  if (!relative) return null;
  const published = publicationMonth(r, text);
  const { year, month } = addMonths(published.year, published.month, relativeStep(relative[1] ?? ''));
  return { year, month, yearLabel: String(year) };
}

/**
 * "last September" (the latest September before the publication month), "this September" (the publication
 * year's), "next March" (the first March after the publication month).
 */
function namedRelative(text: string, r: Resolver): MonthRef | null {
  const match = new RegExp(`^(last|this|next|the previous|the coming|this past|this coming)\\s+${MONTH}$`).exec(text);
  if (!match) return null;
  const month = monthNumber(match[2]);
  const published = publicationMonth(r, text);
  const which = match[1] ?? '';
  const year = /last|previous|past/.test(which)
    ? published.year - (month < published.month ? 0 : 1)
    : /next|coming/.test(which)
      ? published.year + (month > published.month ? 0 : 1)
      : published.year;
  return { year, month, yearLabel: String(year) };
}

export const readMonthAtom: Atom = (text, r) => {
  const month = readMonth(text, r);
  return month ? monthsOf(month.year, month.month, month.month, monthLabel(month.year, month.month, month.yearLabel), 'MONTH') : null;
};
