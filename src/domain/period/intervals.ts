// The parsed period, an inclusive ISO interval with its precision: building one from calendar units, comparing two.
import { daysInMonth, isoDate } from './calendar.js';
import { monthLabel } from './month-names.js';
import type { PartialDate } from './partial-date.js';

export type Precision = 'DAY' | 'MONTH' | 'PART_OF_MONTH' | 'QUARTER' | 'HALF' | 'PART_OF_YEAR' | 'YEAR' | 'OPEN';

/** start/end are ISO dates (YYYY-MM-DD), both inclusive; null = open on that side. */
export interface ParsedPeriod {
  label: string;
  start: string | null;
  end: string | null;
  precision: Precision;
}

const PRECISION_ORDER: readonly Precision[] = ['DAY', 'PART_OF_MONTH', 'MONTH', 'QUARTER', 'PART_OF_YEAR', 'HALF', 'YEAR', 'OPEN'];
/** A range is only as precise as its vaguer end. */
export const coarser = (a: Precision, b: Precision): Precision => (PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b);

/** Whole months fromMonth..toMonth of one year. */
export const monthsOf = (year: number, fromMonth: number, toMonth: number, label: string, precision: Precision): ParsedPeriod => ({
  label,
  start: isoDate(year, fromMonth, 1),
  end: isoDate(year, toMonth, daysInMonth(year, toMonth)),
  precision,
});

export const yearPeriod = (year: number, label = String(year)): ParsedPeriod => monthsOf(year, 1, 12, label, 'YEAR');
export const monthPeriod = (year: number, month: number): ParsedPeriod => monthsOf(year, month, month, monthLabel(year, month), 'MONTH');
export const dayPeriod = (year: number, month: number, day: number): ParsedPeriod => {
  const iso = isoDate(year, month, day);
  return { label: iso, start: iso, end: iso, precision: 'DAY' };
};

export const periodOfDate = (d: PartialDate): ParsedPeriod => {
  if (d.month === undefined) return yearPeriod(d.year);
  if (d.day === undefined) return monthPeriod(d.year, d.month);
  return dayPeriod(d.year, d.month, d.day);
};

/** True when the two intervals share a day; null ends are unbounded. */
export function periodsOverlap(a: { start: string | null; end: string | null }, b: { start: string | null; end: string | null }): boolean {
  const aStartsInTime = a.start === null || b.end === null || a.start <= b.end;
  const bStartsInTime = b.start === null || a.end === null || b.start <= a.end;
  return aStartsInTime && bStartsInTime;
}

/** Stable identity of the interval: the same dates at the same precision are the same period, whatever the label. */
export function periodKey(p: ParsedPeriod): string {
  return `${p.start ?? '-inf'}_${p.end ?? '+inf'}_${p.precision}`;
}
