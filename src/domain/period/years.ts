// Years as written ("2025", "'25", "FY2024", "last year"): the reference the fuzzier forms build on, and the year atom.
import type { Atom } from './atom.js';
import { yearPeriod } from './intervals.js';
import { publication, relativeStep, type Resolver } from './resolver.js';

/** A year and how the text named it, so "FY2024" keeps its label while meaning calendar 2024. */
export interface YearRef {
  year: number;
  label: string;
}

/** Two-digit years ("3Q25", "FY24", "'25") are taken as 20xx: claims tracked here are about this century. */
const fullYear = (digits: string): number => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));

/**
 * "2025", "the year 2025", "'25", "FY2024", "fiscal 2024", "CY2024", "this year", "last year", "next year".
 * Fiscal years are read as calendar years: companies' fiscal calendars differ and the claim does not say which one.
 */
export function readYear(text: string, r: Resolver): YearRef | null {
  const plain = /^(?:the\s+)?(?:(?:calendar\s+)?year\s+)?(\d{4})$/.exec(text) ?? /^'(\d{2})$/.exec(text) ?? /^(?:cy|calendar)\s*'?(\d{2}|\d{4})$/.exec(text);
  if (plain?.[1]) return { year: fullYear(plain[1]), label: String(fullYear(plain[1])) };
  const fiscal = /^(?:fy|fiscal(?:\s+year)?)\s*'?(\d{2}|\d{4})$/.exec(text);
  if (fiscal?.[1]) return { year: fullYear(fiscal[1]), label: `FY${fullYear(fiscal[1])}` };
  const relative = /^(?:(this|the current|the|last|the previous|the prior|next|the next|the coming)\s+year|(?:fy|fiscal\s+year)\s+(this|last|next))$/.exec(text);
  if (!relative) return null;
  const year = publication(r, text).year + relativeStep(relative[1] ?? relative[2] ?? '');
  return { year, label: String(year) };
}

export const readYearAtom: Atom = (text, r) => {
  const year = readYear(text, r);
  return year ? yearPeriod(year.year, year.label) : null;
};
