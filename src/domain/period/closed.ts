// Closed periods: one atom, a range of two, or either behind words like "in", "by" or "as of".
import { readAtom } from './atoms.js';
import type { Attempts } from './attempts.js';
import type { ParsedPeriod } from './intervals.js';
import { readRange } from './range.js';
import type { Resolver } from './resolver.js';

/** Words that do not change the interval: "in 2023", "during Q3 2025", "at the end of 2023", "over the past year". */
const TRANSPARENT = /^(?:in|during|at|on|throughout|for|over|sometime in|some time in|over the course of)\s+(.+)$/;
/** Words that keep the interval but belong in the label: "by early 2026", "as of March 2025". */
const LABELLED = /^(by|as of|as at)\s+(.+)$/;

/** A closed interval: an atom, a range of two, or either behind "in"/"by"/"as of". */
export function readClosed(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  const atom = readAtom(text, r, attempts);
  if (atom) return atom;
  const range = readRange(text, r, attempts);
  if (range) return range;
  const transparent = TRANSPARENT.exec(text);
  if (transparent?.[1]) {
    const inner = readClosed(transparent[1], r, attempts);
    if (inner) return inner;
  }
  const labelled = LABELLED.exec(text);
  if (labelled?.[2]) {
    const inner = readClosed(labelled[2], r, attempts);
    if (inner) return { ...inner, label: `${labelled[1]} ${inner.label}` };
  }
  return null;
}
