// Calendar arithmetic on plain numbers and ISO date strings, in UTC so no time zone can move a date.

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const isoDate = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function shiftIsoDate(iso: string, days: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * A day a 52-53-week fiscal calendar may end a quarter or a year on: a weekday near a month's end, so a day in the
 * month's last week before its last day, or in the first week of the next. Not a Japanese company's close on the
 * 20th, "the six months to Sept. 15", the British tax year's April 5 (the one first-week end left out), nor February
 * 28 of a leap year (the month's end as reports mean it).
 */
export function isWeekCalendarEnd(year: number, month: number, day: number): boolean {
  const last = daysInMonth(year, month);
  return (day >= last - 6 && day < last && !(month === 2 && day === 28)) || (day <= 7 && !(month === 4 && day === 5));
}

/** Month arithmetic on (year, month) pairs; month stays 1-12. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}
