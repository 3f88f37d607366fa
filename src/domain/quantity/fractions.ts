// Fractions and ratios read as percentages: "a third", "two-thirds", "half", "one in five", "3 out of 4".
import { readBelowHundred } from './number-words.js';
import type { Tokens } from './tokens.js';

export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/** "one in five": a denominator past this is more likely a year ("10 in 2025") than a ratio. */
const MAX_RATIO_DENOMINATOR = 1000;

/** A fraction read as a percentage: "a third", "two-thirds", "three quarters", "half", "one in five". */
export function readFraction(ts: Tokens): number | null {
  const start = ts.pos;
  const numerator = readNumerator(ts);
  if (numerator !== null && (ts.take('in') || ts.take('out of'))) {
    const denominator = readNumerator(ts);
    if (denominator !== null && denominator > 0 && denominator <= MAX_RATIO_DENOMINATOR && numerator <= denominator) {
      return (numerator * 100) / denominator;
    }
    ts.pos = start;
    return null;
  }
  if (numerator === null && ts.take('half')) return 50;
  if (numerator !== null) {
    if (ts.peek()?.text === '-') ts.pos += 1;
    const denominator = FRACTION_DENOMINATORS[ts.word() ?? ''];
    if (denominator !== undefined && numerator >= 1 && numerator <= denominator) {
      ts.pos += 1;
      return (numerator * 100) / denominator;
    }
  }
  ts.pos = start;
  return null;
}

function readNumerator(ts: Tokens): number | null {
  const token = ts.peek();
  if (token?.kind === 'num' && /^\d+$/.test(token.text)) {
    ts.pos += 1;
    return Number(token.text);
  }
  if (token?.text === 'a' || token?.text === 'an') {
    ts.pos += 1;
    return 1;
  }
  return readBelowHundred(ts);
}
