// Whole numbers spelled out in words ("twenty-one", "a hundred and fifty", "two dozen") and multiples ("twice", "tenfold").
import type { Tokens } from './tokens.js';

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Whether `word` is a spelled whole number below one hundred ("two", "ninety"): a counted noun phrase ends before one. */
export const isNumberWord = (word: string): boolean => word in SMALL_NUMBERS || word in TENS;

/** Words that are a multiple on their own: "twice", "threefold", "doubled". */
const MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  twice: 2, thrice: 3, double: 2, doubled: 2, triple: 3, tripled: 3, quadruple: 4, quadrupled: 4,
};

/** "twenty-one", "seven", "ninety" — a whole number below one hundred, or null. */
export function readBelowHundred(ts: Tokens): number | null {
  const word = ts.word();
  if (word === null) return null;
  const small = SMALL_NUMBERS[word];
  if (small !== undefined) {
    ts.pos += 1;
    return small;
  }
  const tens = TENS[word];
  if (tens === undefined) return null;
  ts.pos += 1;
  const hyphen = ts.peek()?.text === '-' ? 1 : 0;
  const unit = SMALL_NUMBERS[ts.word(hyphen) ?? ''];
  if (unit !== undefined && unit >= 1 && unit <= 9) {
    ts.pos += hyphen + 1;
    return tens + unit;
  }
  return tens;
}

/** Spelled-out whole numbers up to 999 ("six", "twenty-one", "a hundred and fifty", "two dozen"). */
export function readSpelledNumber(ts: Tokens): number | null {
  const start = ts.pos;
  let value: number | null = null;
  if ((ts.word() === 'a' || ts.word() === 'an') && (ts.word(1) === 'hundred' || ts.word(1) === 'dozen')) {
    ts.pos += 1;
    value = 1;
  } else {
    value = readBelowHundred(ts);
  }
  if (value === null) return null;
  if (ts.take('hundred')) {
    if (value < 1 || value > 9) {
      ts.pos = start;
      return null;
    }
    value *= 100;
    const beforeAnd = ts.pos;
    ts.take('and');
    const rest = readBelowHundred(ts);
    if (rest === null) ts.pos = beforeAnd;
    else value += rest;
  }
  if (ts.take('dozen')) value *= 12;
  return value;
}

/** "twice", "double", "threefold", "tenfold". */
export function readMultipleWord(ts: Tokens): number | null {
  const word = ts.word();
  if (word === null) return null;
  const direct = MULTIPLE_WORDS[word];
  const fold = word.endsWith('fold') ? (SMALL_NUMBERS[word.slice(0, -4)] ?? TENS[word.slice(0, -4)]) : undefined;
  const value = direct ?? (word === 'hundredfold' ? 100 : fold);
  if (value === undefined) return null;
  ts.pos += 1;
  return value;
}
