// Fiscal years written as British, Indian, Australian and South African companies write them: split over two calendar
// years and named by both ("2025/26", "2025-26", "FY2025–26"), or with the number first ("its 2027 financial year"),
// one reading for the period parser and for ingest.

/** The split year as written, with the words that may stand before it: "in 2025/26", "for fiscal 2025-26", "FY2025–26". */
export const SPLIT_YEAR_WORDS = /^(?:(?:in|during|for|of|over) )?(?:the |its )?(?:(?:fiscal|financial) (?:year )?|fy ?)?((?:19|20)\d{2})[-–/](\d{2})$/i;

/** A split year anywhere in a text: "2025/26", not the year-month of "2026-10-22". */
const SPLIT_YEAR_IN_TEXT = /\b((?:19|20)\d{2})[-–/](\d{2})\b(?![-–/]\d)/g;

/** The year a split year ends in, given its two written parts; null unless the second follows the first ("2025-30" is a span). */
export function splitYearEnd(first: string, second: string): number | null {
  const start = Number(first);
  return (start + 1) % 100 === Number(second) ? start + 1 : null;
}

/** The year the split year `written` ("in 2025/26", "FY2025–26") ends in, or null where it is none. */
export function splitYearEndOf(written: string): number | null {
  const match = SPLIT_YEAR_WORDS.exec(written.trim());
  return match ? splitYearEnd(match[1]!, match[2]!) : null;
}

/** Whether the text names a split year anywhere ("revenue of Rs 500 crore in 2025-26"). */
export const namesSplitYear = (text: string): boolean => [...text.matchAll(SPLIT_YEAR_IN_TEXT)].some((match) => splitYearEnd(match[1]!, match[2]!) !== null);

/** "its 2027 financial year", "the 2026 fiscal year": a fiscal year with its number first, read as "fiscal 2027". */
export const YEAR_NAMED_FIRST = /\b(?:the |its |their )?((?:19|20)\d{2}) (?:fiscal|financial) year\b/i;

