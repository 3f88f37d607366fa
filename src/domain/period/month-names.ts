// Month names as written (full, abbreviated, with a weekday or an ordinal day) and as shown in labels.

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month names and their abbreviations with their capital, longest first: a pattern for text that needs the capital. */
export const CAPITALISED_MONTHS = Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name[0]!.toUpperCase() + name.slice(1))
  .join('|');

/** Regex sources the date patterns are built from; longest names first, so a name is tried whole before its abbreviation. */
export const MONTH = `(${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
export const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\\.?,?\\s+)?';
export const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

/** 0, which is no month, for a name that is not one: callers refuse it as they refuse any impossible month. */
export const monthNumber = (name: string | undefined): number => MONTH_NUMBERS[(name ?? '').replace('.', '')] ?? 0;
export const monthLabel = (year: number, month: number, yearLabel = String(year)): string => `${MONTH_NAMES[month - 1] ?? ''} ${yearLabel}`;
