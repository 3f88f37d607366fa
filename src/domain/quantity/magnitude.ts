// A figure's magnitude, in digits or words, and the scale words after it ("2.5 billion", "1.2k", "a million").
import { readSpelledNumber } from './number-words.js';
import type { Tokens } from './tokens.js';
import { DURATION_WORDS } from './units.js';

/** Powers of ten; single letters are the newsroom abbreviations ("$2.5B", "1.2k", "€3m"). */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 3], ['k', 3],
  ['million', 6], ['m', 6], ['mn', 6], ['mln', 6], ['mm', 6],
  ['billion', 9], ['b', 9], ['bn', 9], ['bln', 9],
  ['trillion', 12], ['t', 12], ['tn', 12], ['trn', 12],
  // Indian numbering: a lakh is 100,000 and a crore 10 million ("Rs 500 crore").
  ['lakh', 5], ['lakhs', 5], ['crore', 7], ['crores', 7],
  // "Rs 1.2 lakh crore": a lakh of crores, as Indian papers write a trillion rupees.
  ['lakh crore', 12], ['lakh crores', 12],
];
export const SCALE_WORDS = new Set(SCALES.map(([word]) => word));

/** The next token begins a scale or duration unit, so a bare "a"/"an" means one ("a billion", "a year"). */
const unitFollows = (ts: Tokens, offset: number): boolean => {
  const word = ts.word(offset);
  return word !== null && (SCALE_WORDS.has(word) || DURATION_WORDS.has(word));
};

/** A magnitude as a decimal string, so scaling stays exact ("1.1" × 10⁶ is 1100000, not 1100000.0000000002). */
export function readMagnitude(ts: Tokens): string | null {
  const token = ts.peek();
  let magnitude: number | string | null = null;
  if (token?.kind === 'num') {
    ts.pos += 1;
    magnitude = token.text;
  } else if ((token?.text === 'a' || token?.text === 'an') && unitFollows(ts, 1)) {
    ts.pos += 1;
    magnitude = 1;
  } else if (token?.text === 'half' && ts.word(1) === 'a' && unitFollows(ts, 2)) {
    ts.pos += 2;
    return '0.5';
  } else {
    magnitude = readSpelledNumber(ts);
  }
  if (magnitude === null) return null;
  if (ts.take('and a half')) return String(Number(magnitude) + 0.5);
  return String(magnitude);
}

/** Scales through the exponent of a decimal string, which is exact where multiplying by a power of ten is not. */
export const scaled = (magnitude: string, power: number): number => Number(`${magnitude}e${power}`);
