// Seasons ("summer 2024", "this spring", "fall of 2025") and decades ("the 2020s"): the calendar spans they cover.
import type { Atom } from './atom.js';
import { monthsOf } from './intervals.js';
import { publicationMonth } from './resolver.js';
import { readYear } from './years.js';

/**
 * Northern-hemisphere meteorological seasons, as the business press uses them. Winter is left out: "winter 2024"
 * is written for both January 2024 and December 2024, so any one reading would be a guess.
 */
const SEASONS: Readonly<Record<string, readonly [number, number]>> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11] };

/** "summer 2024", "the summer of 2024", "fall 2025", "this spring", "last summer" (the latest one begun by publication). */
export const readSeasonAtom: Atom = (text, r) => {
  const match = /^(?:(this|last|next|the)\s+)?(spring|summer|fall|autumn)(?:\s+(?:of\s+)?(.+))?$/.exec(text);
  if (!match) return null;
  const [, which, season = '', yearText] = match;
  const [from, to] = SEASONS[season]!;
  const name = season === 'autumn' ? 'fall' : season;
  if (yearText !== undefined) {
    if (which !== undefined && which !== 'the') return null;
    const year = readYear(yearText, r);
    return year ? monthsOf(year.year, from, to, `${name} ${year.label}`, 'PART_OF_YEAR') : null;
  }
  if (which === 'the') return null;
  const published = publicationMonth(r, text);
  // "last summer" in March 2025 is summer 2024; in October 2025, summer 2025. "next" is the first not yet begun.
  const step = which === 'last' ? (published.month > to ? 0 : -1) : which === 'next' ? (published.month < from ? 0 : 1) : 0;
  const year = published.year + step;
  return monthsOf(year, from, to, `${name} ${year}`, 'PART_OF_YEAR');
};

/** "the 2020s", "2020s", "the 1990's": the ten years. */
export const readDecadeAtom: Atom = (text) => {
  const match = /^(?:the\s+)?((?:19|20)\d)0'?s$/.exec(text);
  if (!match) return null;
  const first = Number(`${match[1]}0`);
  return { ...monthsOf(first, 1, 1, `the ${first}s`, 'YEAR'), end: `${first + 9}-12-31` };
};
