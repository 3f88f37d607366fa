// Ranges of two periods ("2023-2025", "Q1 to Q3 2025", "between March and June"): one interval from the first's start to the second's end.
import { readAtom } from './atoms.js';
import type { Attempts } from './attempts.js';
import { coarser, type ParsedPeriod } from './intervals.js';
import type { Resolver } from './resolver.js';

const RANGE_SEPARATOR = /\s*-\s*|\s+(?:to|through|thru|until|till)\s+/g;

/** Every way of cutting the text in two at a separator ("2023-2025", "Q1 to Q3 2025"), left to right. */
function rangeSplits(text: string): Array<readonly [string, string]> {
  const between = /^(?:between|from)\s+(.+)$/.exec(text);
  const body = between?.[1] ?? text;
  const separator = text.startsWith('between ') ? /\s+and\s+|\s*-\s*/g : RANGE_SEPARATOR;
  const splits: Array<readonly [string, string]> = [];
  for (const match of body.matchAll(separator)) {
    const left = body.slice(0, match.index).trim();
    const right = body.slice((match.index ?? 0) + match[0].length).trim();
    if (left && right) splits.push([left, right]);
  }
  return splits;
}

/** "2023-25": a two-digit end borrows the century of a four-digit start. */
const expandShortYear = (left: string, right: string): string =>
  /^\d{4}$/.test(left) && /^\d{2}$/.test(right) ? `${left.slice(0, 2)}${right}` : right;

/** Reads the end first, because a start written without a year ("January to March 2025") takes the end's year. */
export function readRange(text: string, r: Resolver, attempts: Attempts): ParsedPeriod | null {
  for (const [left, rawRight] of rangeSplits(text)) {
    const right = expandShortYear(left, rawRight);
    const last = attempts.run(() => readAtom(right, r, attempts));
    if (!last?.start || !last.end) continue;
    const lendYear = { ...r, defaultYear: Number(last.start.slice(0, 4)) };
    let first = attempts.run(() => readAtom(left, lendYear, attempts));
    // "December to March 2026" starts in the year before the one written at the end.
    if (first?.start && first.start > last.start) first = attempts.run(() => readAtom(left, { ...r, defaultYear: lendYear.defaultYear - 1 }, attempts));
    if (!first?.start || !first.end || first.start > last.start || first.end > last.end) continue;
    return { label: `${first.label}–${last.label}`, start: first.start, end: last.end, precision: coarser(first.precision, last.precision) };
  }
  return null;
}
