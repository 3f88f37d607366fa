// The second figure of a range ("20 to 21%", "between $1 and $2 billion") and the unit its two ends share.
import { readAmount, type Amount } from './amount.js';
import type { Tokens } from './tokens.js';
import { fail } from './unreadable.js';

/** A word before the first figure that promises a second: "between 5 and 10", "from 5 to 10". */
export type RangeWord = 'between' | 'from';

export function readRangeEnd(ts: Tokens, rangeWord: RangeWord | null): Amount | null {
  const separated =
    rangeWord === 'between'
      ? ts.take('and') || ts.take('-') || ts.take('to')
      : ts.take('-') || ts.take('to') || ts.take('through');
  if (!separated) {
    if (rangeWord !== null) fail(`"${rangeWord}" needs a second figure`);
    return null;
  }
  return readAmount(ts) ?? fail('the range has no second figure');
}

/** "$1-2 billion", "20 to 21%": the scale and unit written once apply to both ends of a range. */
export function shareUnits(first: Amount, second: Amount): void {
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) fail('the two ends of the range have different units');
  // "fell 11% to 28.6 million": a percentage never has a scale word, so a scaled end is another figure, not a range.
  const percentWithScale = (a: Amount, b: Amount): boolean => a.unit === 'PERCENT' && b.unit === null && b.scalePower !== null;
  if (percentWithScale(first, second) || percentWithScale(second, first)) fail('a percentage and a scaled figure make no range');
  if (first.scalePower === null && second.scalePower !== null) first.scalePower = second.scalePower;
  if (first.unit === null) {
    first.unit = second.unit;
    first.monthRatio = second.monthRatio;
  }
  if (second.unit === null) {
    second.unit = first.unit;
    second.monthRatio = first.monthRatio;
  }
}
