// Reads claim values ("over half", "$2.5 billion", "roughly 20 to 21%") into unit-tagged intervals, refusing text it cannot read.
import { DomainError, ErrorCode } from './errors.js';

export type Unit = 'PERCENT' | 'USD' | 'EUR' | 'GBP' | 'MONTH' | 'TIMES' | 'COUNT';
export type Dimension = 'SHARE' | 'MONEY' | 'DURATION' | 'MULTIPLE' | 'COUNT';

const DIMENSION_BY_UNIT: Readonly<Record<Unit, Dimension>> = {
  PERCENT: 'SHARE',
  USD: 'MONEY',
  EUR: 'MONEY',
  GBP: 'MONEY',
  MONTH: 'DURATION',
  TIMES: 'MULTIPLE',
  COUNT: 'COUNT',
};

export const dimensionOf = (unit: Unit): Dimension => DIMENSION_BY_UNIT[unit];

/** How far "roughly"/"about"/"nearly" widens a stated value, on each side. */
export interface Tolerance {
  relative: number;
  minPercentPoints: number;
}

/**
 * Defaults: ±10% of the stated magnitude ("about $2B" commits to $1.8B–$2.2B), and never narrower than
 * ±1 percentage point for percentages, because readers take "about 5%" as 4–6%, not 4.5–5.5%.
 */
export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.1, minPercentPoints: 1 };

export interface Quantity {
  /** Exactly as written (trimmed). */
  text: string;
  /** Null only for free text. */
  unit: Unit | null;
  /** The interval the claim commits to, after tolerance widening; null = unbounded. */
  lower: number | null;
  upper: number | null;
  lowerInclusive: boolean;
  upperInclusive: boolean;
  /** Bounds as stated, before tolerance and before the physical limits (0, 100%) are applied. */
  statedLower: number | null;
  statedUpper: number | null;
  approx: boolean;
  /** The absolute half-width added on each side when approx, else null. */
  tolerance: number | null;
}

export interface ParseQuantityOptions {
  accept: Dimension[];
  tolerance?: Tolerance;
  allowFreeText?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

type Token = { kind: 'num' | 'word' | 'sym'; text: string };

/** Folds the many ways of typing the same thing (dashes, ×, "per cent", "US$") onto one spelling. */
const normalize = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\ufe63\uff0d]/g, '-')
    .replace(/\u00d7/g, 'x')
    .replace(/\bper\s+cent\b/g, 'percent')
    .replace(/\bus\s*\$/g, '$');

const TOKEN = /\s+|((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)|([a-z]+)|([^\s\da-z])/y;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (match = TOKEN.exec(text)) !== null) {
    const [, num, word, sym] = match;
    if (num !== undefined) tokens.push({ kind: 'num', text: num.replace(/,/g, '') });
    else if (word !== undefined) tokens.push({ kind: 'word', text: word });
    else if (sym !== undefined) tokens.push({ kind: 'sym', text: sym });
  }
  // A full stop after a word is an abbreviation ("approx.", "c."), and one at the very end closes a sentence.
  return tokens.filter((token, i) => {
    if (token.text !== '.' || token.kind !== 'sym') return true;
    return i === tokens.length - 1 ? false : tokens[i - 1]?.kind !== 'word';
  });
}

/** A cursor over tokens; every `take*` either consumes what it matched or leaves the position untouched. */
class Tokens {
  pos = 0;
  constructor(private readonly items: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.items[this.pos + offset];
  }

  get done(): boolean {
    return this.pos >= this.items.length;
  }

  /** Consumes a phrase such as "more than"; a hyphen may join two of its words ("run-rate", "three-fold"). */
  take(phrase: string): boolean {
    let i = this.pos;
    const parts = phrase.split(' ');
    for (const [k, part] of parts.entries()) {
      if (k > 0 && this.items[i]?.text === '-' && parts[k - 1] !== '-' && part !== '-') i += 1;
      if (this.items[i]?.text !== part) return false;
      i += 1;
    }
    this.pos = i;
    return true;
  }

  /** Consumes the longest of the phrases that matches here. */
  takeAny<T>(phrases: ReadonlyArray<readonly [string, T]>): T | null {
    const byLength = [...phrases].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
    for (const [phrase, meaning] of byLength) if (this.take(phrase)) return meaning;
    return null;
  }

  word(offset = 0): string | null {
    const token = this.peek(offset);
    return token?.kind === 'word' ? token.text : null;
  }
}

/** Why a reading failed; turned into a DomainError naming the original text. */
class Unreadable extends Error {}

const fail = (reason: string): never => {
  throw new Unreadable(reason);
};

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Powers of ten; single letters are the newsroom abbreviations ("$2.5B", "1.2k", "€3m"). */
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['thousand', 3], ['k', 3],
  ['million', 6], ['m', 6], ['mn', 6], ['mln', 6], ['mm', 6],
  ['billion', 9], ['b', 9], ['bn', 9], ['bln', 9],
  ['trillion', 12], ['t', 12], ['tn', 12], ['trn', 12],
];
const SCALE_WORDS = new Set(SCALES.map(([word]) => word));

const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'],
];
const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['us dollars', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'],
];

/** Duration units as a ratio to months: [multiply, divide] keeps "6 weeks" as 6 / 4.345 rather than 6 × 0.2301…. */
const DURATION_UNITS: ReadonlyArray<readonly [string, readonly [number, number]]> = [
  ['decades', [120, 1]], ['decade', [120, 1]],
  ['years', [12, 1]], ['year', [12, 1]], ['yrs', [12, 1]], ['yr', [12, 1]],
  ['months', [1, 1]], ['month', [1, 1]], ['mos', [1, 1]], ['mo', [1, 1]], ['mths', [1, 1]], ['mth', [1, 1]],
  ['weeks', [1, 4.345]], ['week', [1, 4.345]], ['wks', [1, 4.345]], ['wk', [1, 4.345]],
  ['days', [1, 30.44]], ['day', [1, 30.44]],
];
const DURATION_WORDS = new Set(DURATION_UNITS.map(([word]) => word));

const PERCENT_SIGNS: ReadonlyArray<readonly [string, true]> = [['%', true], ['percent', true], ['pct', true]];
const TIMES_SIGNS: ReadonlyArray<readonly [string, true]> = [['x', true], ['times', true], ['fold', true], ['- fold', true]];

/** Words that are a multiple on their own: "twice", "threefold", "doubled". */
const MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  twice: 2, thrice: 3, double: 2, doubled: 2, triple: 3, tripled: 3, quadruple: 4, quadrupled: 4,
};

const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

type Bound = 'gt' | 'ge' | 'lt' | 'le';

const BOUND_PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['more than', 'gt'], ['greater than', 'gt'], ['higher than', 'gt'], ['over', 'gt'], ['above', 'gt'], ['exceeding', 'gt'],
  ['upwards of', 'gt'], ['upward of', 'gt'], ['in excess of', 'gt'], ['north of', 'gt'], ['>', 'gt'],
  ['at least', 'ge'], ['no less than', 'ge'], ['no fewer than', 'ge'], ['not less than', 'ge'], ['a minimum of', 'ge'],
  ['minimum of', 'ge'], ['> =', 'ge'], ['≥', 'ge'],
  ['less than', 'lt'], ['fewer than', 'lt'], ['lower than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['<', 'lt'],
  ['at most', 'le'], ['up to', 'le'], ['no more than', 'le'], ['not more than', 'le'], ['a maximum of', 'le'],
  ['maximum of', 'le'], ['as much as', 'le'], ['as many as', 'le'], ['as high as', 'le'], ['< =', 'le'], ['≤', 'le'],
];
/** "just over", "well below": the intensifier does not move the bound. */
const INTENSIFIERS: ReadonlyArray<readonly [string, true]> = [
  ['just', true], ['well', true], ['slightly', true], ['comfortably', true], ['far', true], ['significantly', true],
  ['substantially', true], ['considerably', true], ['a little', true], ['a bit', true], ['somewhat', true],
];
const BOUND_SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['or more', 'ge'], ['or higher', 'ge'], ['or above', 'ge'], ['or greater', 'ge'], ['or over', 'ge'],
  ['and up', 'ge'], ['and above', 'ge'], ['and over', 'ge'], ['+', 'ge'], ['plus', 'ge'],
  ['or less', 'le'], ['or fewer', 'le'], ['or lower', 'le'], ['or below', 'le'], ['or under', 'le'],
];

type Hedge = 'approx' | 'nearly';
const HEDGES: ReadonlyArray<readonly [string, Hedge]> = [
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['approx', 'approx'],
  ['circa', 'approx'], ['ca', 'approx'], ['c', 'approx'], ['some', 'approx'], ['estimated', 'approx'],
  ['an estimated', 'approx'], ['est', 'approx'], ['close to', 'approx'], ['~', 'approx'], ['≈', 'approx'],
  ['in the region of', 'approx'], ['on the order of', 'approx'], ['in the neighborhood of', 'approx'],
  ['in the neighbourhood of', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['just shy of', 'nearly'], ['shy of', 'nearly'],
  ['just short of', 'nearly'], ['≲', 'nearly'],
];
const HEDGE_SUFFIXES: ReadonlyArray<readonly [string, true]> = [['or so', true], ['or thereabouts', true], ['give or take', true]];

/** The comparison a relative figure describes ("25% faster", "2x larger"); the adjective itself is not kept. */
const COMPARATIVES = new Set([
  'faster', 'slower', 'quicker', 'higher', 'lower', 'larger', 'bigger', 'smaller', 'greater', 'cheaper', 'better',
  'worse', 'longer', 'shorter', 'stronger', 'weaker', 'wider', 'growth', 'increase', 'decrease', 'improvement',
  'reduction', 'gain', 'rise', 'drop', 'decline', 'jump', 'boost', 'uplift', 'speedup',
]);
const COMPARATIVE_LEADS = new Set(['more', 'less', 'fewer']);
const YEAR_OVER_YEAR: ReadonlyArray<readonly [string, true]> = [
  ['year over year', true], ['year on year', true], ['yoy', true], ['y / y', true],
];

/** Phrases after a money figure that name what it measures without changing the number. */
const MONEY_CONTEXT: ReadonlyArray<readonly [string, true]> = [
  ['run rate', true], ['annualized run rate', true], ['annualised run rate', true], ['annual run rate', true],
  ['revenue run rate', true], ['arr', true], ['in arr', true], ['revenue', true], ['in revenue', true],
  ['annual revenue', true], ['in annual revenue', true], ['annualized revenue', true], ['in annualized revenue', true],
  ['annual recurring revenue', true], ['in annual recurring revenue', true], ['in sales', true], ['in funding', true],
  ['valuation', true], ['a year', true], ['per year', true], ['annually', true], ['per annum', true],
];
const SHARE_CONTEXT: ReadonlyArray<readonly [string, true]> = [['share', true], ['market share', true]];

/**
 * Words that end a counted noun phrase: after them comes a new clause ("10 million users by 2026"), or a unit the
 * figure failed to take ("five thirds"), not the thing counted.
 */
const CLAUSE_WORDS = new Set([
  'than', 'by', 'in', 'on', 'at', 'since', 'until', 'before', 'after', 'from', 'to', 'and', 'or', 'between', 'of', 'as',
  'during', 'for', 'with', 'within', 'over', 'under', 'above', 'below',
  ...Object.keys(FRACTION_DENOMINATORS), ...DURATION_WORDS, ...SCALE_WORDS, 'percent', 'pct', 'times', 'x', 'fold',
]);
const MAX_NOUN_WORDS = 6;
/** "one in five": a denominator past this is more likely a year ("10 in 2025") than a ratio. */
const MAX_RATIO_DENOMINATOR = 1000;

// ---------------------------------------------------------------------------------------------------------------
// Numbers

/** "twenty-one", "seven", "ninety" — a whole number below one hundred, or null. */
function readBelowHundred(ts: Tokens): number | null {
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
function readSpelledNumber(ts: Tokens): number | null {
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

/** The next token begins a scale or duration unit, so a bare "a"/"an" means one ("a billion", "a year"). */
const unitFollows = (ts: Tokens, offset: number): boolean => {
  const word = ts.word(offset);
  return word !== null && (SCALE_WORDS.has(word) || DURATION_WORDS.has(word));
};

/** A magnitude as a decimal string, so scaling stays exact ("1.1" × 10⁶ is 1100000, not 1100000.0000000002). */
function readMagnitude(ts: Tokens): string | null {
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

const scaled = (magnitude: string, power: number): number => Number(`${magnitude}e${power}`);

/**
 * A number on its own, in digits or words: "6", "1.5", "six", "twenty-one", "a", "two and a half"; null otherwise.
 * Shared with the period parser ("six months after launch").
 */
export function parseCardinal(text: string): number | null {
  const ts = new Tokens(tokenize(normalize(text.trim())));
  const only = ts.peek();
  if ((only?.text === 'a' || only?.text === 'an') && ts.peek(1) === undefined) return 1;
  if ((only?.text === 'a' || only?.text === 'an') && ts.word(1) === 'half' && ts.peek(2) === undefined) return 0.5;
  const magnitude = readMagnitude(ts);
  return magnitude !== null && ts.done ? Number(magnitude) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Amounts: one number with whatever unit marks sit around it

interface Amount {
  magnitude: string;
  scalePower: number | null;
  unit: Unit | null;
  /** Ratio to months for durations, [multiply, divide]. */
  monthRatio: readonly [number, number] | null;
  /** A "+" straight after the number ("10+ years"). */
  plus: boolean;
}

/** A fraction read as a percentage: "a third", "two-thirds", "three quarters", "half", "one in five". */
function readFraction(ts: Tokens): number | null {
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

/** "twice", "double", "threefold", "tenfold". */
function readMultipleWord(ts: Tokens): number | null {
  const word = ts.word();
  if (word === null) return null;
  const direct = MULTIPLE_WORDS[word];
  const fold = word.endsWith('fold') ? (SMALL_NUMBERS[word.slice(0, -4)] ?? TENS[word.slice(0, -4)]) : undefined;
  const value = direct ?? (word === 'hundredfold' ? 100 : fold);
  if (value === undefined) return null;
  ts.pos += 1;
  return value;
}

const fixedAmount = (value: number, unit: Unit): Amount => ({
  magnitude: String(value),
  scalePower: null,
  unit,
  monthRatio: null,
  plus: false,
});

/** One figure: "$2.5 billion", "21%", "six months", "3x", "a third", "1.2k"; null when no number starts here. */
function readAmount(ts: Tokens): Amount | null {
  const start = ts.pos;
  const currency = ts.takeAny(CURRENCY_PREFIXES);
  if (currency === null) {
    // "half a billion" is a magnitude (0.5 × 10⁹); "half" alone is the share 50%.
    if (ts.word() !== 'half' || ts.word(1) !== 'a') {
      const fraction = readFraction(ts);
      if (fraction !== null) return fixedAmount(fraction, 'PERCENT');
    }
    const multiple = readMultipleWord(ts);
    if (multiple !== null) return fixedAmount(multiple, 'TIMES');
  }
  const magnitude = readMagnitude(ts);
  if (magnitude === null) {
    ts.pos = start;
    return null;
  }
  const plus = ts.take('+');
  const scalePower = ts.takeAny(SCALES);
  const amount: Amount = { magnitude, scalePower, unit: currency, monthRatio: null, plus };
  readUnitSuffix(ts, amount);
  return amount;
}

function readUnitSuffix(ts: Tokens, amount: Amount): void {
  const suffixCurrency = ts.takeAny(CURRENCY_SUFFIXES);
  if (suffixCurrency !== null) {
    if (amount.unit !== null && amount.unit !== suffixCurrency) fail('it names two different currencies');
    amount.unit = suffixCurrency;
    return;
  }
  const before = amount.unit;
  if (ts.takeAny(PERCENT_SIGNS)) amount.unit = 'PERCENT';
  else if (ts.takeAny(TIMES_SIGNS)) amount.unit = 'TIMES';
  else {
    const ratio = ts.takeAny(DURATION_UNITS);
    if (ratio === null) return;
    amount.unit = 'MONTH';
    amount.monthRatio = ratio;
    if (ts.take('and a half')) amount.magnitude = String(Number(amount.magnitude) + 0.5);
  }
  if (before !== null) fail('it mixes a currency with another unit');
}

function amountValue(amount: Amount): number {
  const [multiply, divide] = amount.monthRatio ?? [1, 1];
  return (scaled(amount.magnitude, amount.scalePower ?? 0) * multiply) / divide;
}

/** "$1-2 billion", "20 to 21%": the scale and unit written once apply to both ends of a range. */
function shareUnits(first: Amount, second: Amount): void {
  if (first.unit !== null && second.unit !== null && first.unit !== second.unit) fail('the two ends of the range have different units');
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

// ---------------------------------------------------------------------------------------------------------------
// The whole phrase: hedges and bounds, one figure or a range, then whatever trails it

type Shape = 'exact' | 'range' | 'nearly' | Bound;

interface Reading {
  shape: Shape;
  approx: boolean;
  unit: Unit | null;
  low: number;
  high: number;
  /** A relative percentage ("25% faster") is a change, not a share of a whole, so it may pass 100. */
  relative: boolean;
  /** A noun followed the number ("10 million users"), which makes a bare number a count. */
  counted: boolean;
}

interface Lead {
  hedge: Hedge | null;
  bound: Bound | null;
  rangeWord: 'between' | 'from' | null;
}

function readLead(ts: Tokens): Lead {
  const lead: Lead = { hedge: null, bound: null, rangeWord: null };
  for (;;) {
    const hedge = ts.takeAny(HEDGES);
    if (hedge !== null) {
      if (lead.hedge !== null) fail('it hedges twice');
      lead.hedge = hedge;
      continue;
    }
    const bound = readBoundPrefix(ts);
    if (bound !== null) {
      if (lead.bound !== null) fail('it states two bounds');
      lead.bound = bound;
      continue;
    }
    if (lead.rangeWord === null && (ts.take('between') || ts.take('anywhere between'))) lead.rangeWord = 'between';
    else if (lead.rangeWord === null && (ts.take('from') || ts.take('anywhere from'))) lead.rangeWord = 'from';
    else if (isArticleBeforeFigure(ts)) ts.pos += 1;
    else if (ts.peek()?.text === '-' && ts.peek(1)?.kind === 'num') fail('negative values are not supported');
    else return lead;
  }
}

function readBoundPrefix(ts: Tokens): Bound | null {
  const start = ts.pos;
  ts.takeAny(INTENSIFIERS);
  const bound = ts.takeAny(BOUND_PREFIXES);
  if (bound === null) ts.pos = start;
  return bound;
}

/** "a $1 billion run rate", "an estimated…": the article carries no meaning before a figure. */
const isArticleBeforeFigure = (ts: Tokens): boolean => {
  const word = ts.word();
  if (word !== 'a' && word !== 'an') return false;
  const next = ts.peek(1);
  return next?.kind === 'num' || next?.text === '$' || next?.text === '€' || next?.text === '£' || next?.text === '~';
};

/** "a majority", "the vast majority", "a minority". */
function readMajority(ts: Tokens): Bound | null {
  const start = ts.pos;
  if (!ts.take('a')) ts.take('the');
  ts.takeAny([['slim', 1], ['narrow', 1], ['clear', 1], ['large', 1], ['vast', 1], ['overwhelming', 1], ['small', 1]]);
  if (ts.take('majority')) return 'gt';
  if (ts.take('minority')) return 'lt';
  ts.pos = start;
  return null;
}

function readReading(ts: Tokens): Reading {
  const lead = readLead(ts);
  const majority = lead.rangeWord === null ? readMajority(ts) : null;
  if (majority !== null) {
    if (lead.bound !== null || lead.hedge === 'nearly') fail('it bounds a majority');
    const reading: Reading = { shape: majority, approx: lead.hedge !== null, unit: 'PERCENT', low: 50, high: 50, relative: false, counted: false };
    readTail(ts, reading);
    return reading;
  }
  const first = readAmount(ts) ?? fail('no number or fraction is recognisable');
  const second = readRangeEnd(ts, lead.rangeWord);
  if (second !== null) shareUnits(first, second);
  const suffixBound = second === null ? ts.takeAny(BOUND_SUFFIXES) : null;
  const bound = combineBounds(lead.bound, suffixBound, first.plus || second?.plus === true);
  const reading = shapeReading(first, second, lead.hedge, bound);
  readTail(ts, reading);
  return reading;
}

function readRangeEnd(ts: Tokens, rangeWord: Lead['rangeWord']): Amount | null {
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

function combineBounds(prefix: Bound | null, suffix: Bound | null, plus: boolean): Bound | null {
  const fromPlus: Bound | null = plus ? 'ge' : null;
  const bounds = [prefix, suffix, fromPlus].filter((b): b is Bound => b !== null);
  if (bounds.length > 1) fail('it states two bounds');
  return bounds[0] ?? null;
}

function shapeReading(first: Amount, second: Amount | null, hedge: Hedge | null, bound: Bound | null): Reading {
  const low = amountValue(first);
  const high = second === null ? low : amountValue(second);
  if (!Number.isFinite(low) || !Number.isFinite(high)) fail('the number is too large');
  const base = { approx: hedge !== null, unit: first.unit, low, high, relative: false, counted: false };
  if (second !== null) {
    if (bound !== null || hedge === 'nearly') fail('it bounds a range');
    if (low > high) fail('the range runs backwards');
    return { ...base, shape: 'range' };
  }
  if (hedge === 'nearly') {
    if (bound !== null) fail('"nearly" cannot be combined with a bound');
    return { ...base, shape: 'nearly' };
  }
  return { ...base, shape: bound ?? 'exact' };
}

/** What may follow the figure: a comparison, a hedge, what the money or share measures, or what is counted. */
function readTail(ts: Tokens, reading: Reading): void {
  let comparison = false;
  let context = false;
  while (!ts.done) {
    if (!reading.approx && ts.takeAny(HEDGE_SUFFIXES)) {
      reading.approx = true;
    } else if (!comparison && (reading.unit === 'PERCENT' || reading.unit === 'TIMES') && readComparison(ts)) {
      comparison = true;
      reading.relative = reading.unit === 'PERCENT';
    } else if (!context && reading.unit !== null && readContext(ts, reading.unit)) {
      context = true;
    } else if (!reading.counted && (reading.unit === null || isShareReading(reading)) && readNounPhrase(ts)) {
      reading.counted = true;
    } else {
      fail(`"${ts.peek()?.text ?? ''}" does not belong to a value`);
    }
  }
}

/** A share may name its population: "32% of developers", "one in five developers". */
const isShareReading = (reading: Reading): boolean => reading.unit === 'PERCENT' && !reading.relative;

/** "faster", "more efficient", "as fast" (only at the very end: "as fast as X" is a comparison, not a value), "growth y/y". */
function readComparison(ts: Tokens): boolean {
  const word = ts.word();
  if (word === null) return false;
  if (COMPARATIVES.has(word)) {
    ts.pos += 1;
  } else if (COMPARATIVE_LEADS.has(word)) {
    ts.pos += 1;
    const adjective = ts.word();
    if (adjective !== null && !CLAUSE_WORDS.has(adjective)) ts.pos += 1;
  } else if (word === 'as' && ts.word(1) !== null && ts.peek(2) === undefined) {
    ts.pos += 2;
  } else {
    return false;
  }
  ts.takeAny(YEAR_OVER_YEAR);
  return true;
}

function readContext(ts: Tokens, unit: Unit): boolean {
  const dimension = dimensionOf(unit);
  if (dimension === 'MONEY') return ts.takeAny(MONEY_CONTEXT) !== null;
  if (dimension === 'SHARE') {
    if (ts.takeAny(SHARE_CONTEXT)) return true;
    const start = ts.pos;
    if (ts.take('of') && readNounPhrase(ts)) return true;
    ts.pos = start;
  }
  return false;
}

/** "users", "monthly active developers": up to four plain words, stopping at words that open a new clause. */
function readNounPhrase(ts: Tokens): boolean {
  let words = 0;
  while (words < MAX_NOUN_WORDS) {
    const hyphen = words > 0 && ts.peek()?.text === '-' ? 1 : 0;
    const word = ts.word(hyphen);
    if (word === null || CLAUSE_WORDS.has(word)) break;
    ts.pos += hyphen + 1;
    words += 1;
  }
  return words > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// From a reading to the committed interval

const NON_NEGATIVE: ReadonlySet<Unit> = new Set<Unit>(['PERCENT', 'USD', 'EUR', 'GBP', 'COUNT', 'MONTH']);

function statedBounds(reading: Reading): { lower: number | null; upper: number | null; lowerInclusive: boolean; upperInclusive: boolean } {
  switch (reading.shape) {
    case 'exact':
    case 'range':
      return { lower: reading.low, upper: reading.high, lowerInclusive: true, upperInclusive: true };
    case 'gt':
    case 'ge':
      return { lower: reading.low, upper: null, lowerInclusive: reading.shape === 'ge', upperInclusive: false };
    case 'lt':
    case 'le':
      return { lower: null, upper: reading.high, lowerInclusive: false, upperInclusive: reading.shape === 'le' };
    case 'nearly':
      return { lower: null, upper: reading.high, lowerInclusive: true, upperInclusive: true };
  }
}

function halfWidth(reading: Reading, unit: Unit, tolerance: Tolerance): number {
  const magnitude = Math.max(Math.abs(reading.low), Math.abs(reading.high));
  const floor = unit === 'PERCENT' ? tolerance.minPercentPoints : 0;
  return Math.max(tolerance.relative * magnitude, floor);
}

/** -0 would print as "0" but fail Object.is checks downstream. */
const plainZero = (n: number): number => (n === 0 ? 0 : n);

function toQuantity(text: string, reading: Reading, unit: Unit, tolerance: Tolerance): Quantity {
  const stated = statedBounds(reading);
  const isShare = unit === 'PERCENT' && !reading.relative;
  if (isShare && Math.max(stated.lower ?? 0, stated.upper ?? 0) > 100) fail('a share cannot exceed 100%');
  const width = reading.approx ? halfWidth(reading, unit, tolerance) : null;
  let lower = stated.lower;
  let upper = stated.upper;
  let { lowerInclusive, upperInclusive } = stated;
  if (width !== null) {
    if (reading.shape === 'nearly') lower = reading.high - width;
    else if (lower !== null) lower -= width;
    if (upper !== null && reading.shape !== 'nearly') upper += width;
  }
  if (NON_NEGATIVE.has(unit) && (lower === null || lower < 0)) {
    lower = 0;
    lowerInclusive = true;
  }
  if (isShare && (upper === null || upper > 100)) {
    upper = 100;
    upperInclusive = true;
  }
  if (lower !== null && upper !== null && (lower > upper || (lower === upper && !(lowerInclusive && upperInclusive)))) {
    fail('it describes an empty range');
  }
  return {
    text,
    unit,
    lower: lower === null ? null : plainZero(lower),
    upper: upper === null ? null : plainZero(upper),
    lowerInclusive,
    upperInclusive,
    statedLower: stated.lower,
    statedUpper: stated.upper,
    approx: reading.approx,
    tolerance: width,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

const freeText = (text: string): Quantity => ({
  text,
  unit: null,
  lower: null,
  upper: null,
  lowerInclusive: false,
  upperInclusive: false,
  statedLower: null,
  statedUpper: null,
  approx: false,
  tolerance: null,
});

const unparseable = (text: string, reason?: string): DomainError =>
  new DomainError(ErrorCode.ValueUnparseable, `cannot read a value from "${text}"${reason ? `: ${reason}` : ''}`, [], { text });

function readText(text: string): Reading {
  const ts = new Tokens(tokenize(normalize(text)));
  return readReading(ts);
}

/** Settles the unit of a figure written without one: a count if counts are accepted, otherwise refused. */
function unitOf(text: string, reading: Reading, accept: readonly Dimension[]): Unit {
  if (reading.unit !== null) return reading.unit;
  if (reading.counted || accept.includes('COUNT')) return 'COUNT';
  throw new DomainError(
    ErrorCode.ValueUnitMismatch,
    `"${text}" has no unit, and this predicate accepts ${accept.join(' or ') || 'no numbers'}; write the unit (for example "%" or "$")`,
    [],
    { text, found: null, accept: [...accept] },
  );
}

/** Reads a claim value into a unit-tagged interval; throws DomainError (field []) when it cannot. */
export function parseQuantity(text: string, options: ParseQuantityOptions): Quantity {
  const trimmed = text.trim();
  if (trimmed === '') throw new DomainError(ErrorCode.ValueUnparseable, 'cannot read a value from "": the value is empty', [], { text: '' });
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  let reading: Reading;
  try {
    reading = readText(trimmed);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    if (options.allowFreeText) return freeText(trimmed);
    throw unparseable(trimmed, error.message);
  }
  // A predicate that takes only text keeps numbers as part of the description ("2 execution modes").
  if (options.allowFreeText && options.accept.length === 0) return freeText(trimmed);
  const unit = unitOf(trimmed, reading, options.accept);
  const dimension = dimensionOf(unit);
  if (!options.accept.includes(dimension)) {
    throw new DomainError(
      ErrorCode.ValueUnitMismatch,
      `"${trimmed}" is a ${dimension} value (${unit}), but this predicate accepts ${options.accept.join(' or ') || 'no numbers'}`,
      [],
      { text: trimmed, found: dimension, accept: [...options.accept] },
    );
  }
  try {
    return toQuantity(trimmed, reading, unit, tolerance);
  } catch (error) {
    if (error instanceof Unreadable) throw unparseable(trimmed, error.message);
    throw error;
  }
}

/** True when some number satisfies both claims; values in different units, or free text, never overlap. */
export function intervalsOverlap(a: Quantity, b: Quantity): boolean {
  if (a.unit === null || b.unit === null || a.unit !== b.unit) return false;
  return lowerReachesUpper(a, b) && lowerReachesUpper(b, a);
}

/** `low`'s lower bound is at or below `high`'s upper bound (null = unbounded). */
function lowerReachesUpper(low: Quantity, high: Quantity): boolean {
  if (low.lower === null || high.upper === null) return true;
  if (low.lower < high.upper) return true;
  return low.lower === high.upper && low.lowerInclusive && high.upperInclusive;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

const CURRENCY_SYMBOL: Partial<Record<Unit, string>> = { USD: '$', EUR: '€', GBP: '£' };
const SHORT_SCALES: ReadonlyArray<readonly [number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/** Four significant digits, without exponent noise: 33.333… → "33.33", 2.5 → "2.5". */
const plain = (n: number): string => String(Number(n.toPrecision(4)));

function shortScaled(n: number): string {
  for (const [size, suffix] of SHORT_SCALES) if (Math.abs(n) >= size) return `${plain(n / size)}${suffix}`;
  return plain(n);
}

function renderNumber(n: number, unit: Unit): string {
  switch (unit) {
    case 'PERCENT':
      return `${plain(n)}%`;
    case 'USD':
    case 'EUR':
    case 'GBP':
      return `${CURRENCY_SYMBOL[unit] ?? ''}${shortScaled(n)}`;
    case 'TIMES':
      return `${plain(n)}x`;
    case 'MONTH':
      return `${plain(n)} ${n === 1 ? 'month' : 'months'}`;
    case 'COUNT':
      return shortScaled(n);
  }
}

function renderRange(low: number, high: number, unit: Unit): string {
  if (unit === 'MONTH') return `${plain(low)}–${plain(high)} months`;
  return `${renderNumber(low, unit)}–${renderNumber(high, unit)}`;
}

/** Short canonical rendering from the stated bounds: "> 50%", "$2.5B", "~20%–21%", "≲ $1B", "6 months". */
export function formatQuantity(q: Quantity): string {
  const { unit, statedLower: low, statedUpper: high } = q;
  if (unit === null || (low === null && high === null)) return q.text;
  const hedge = q.approx ? '~' : '';
  if (low !== null && high !== null) return low === high ? `${hedge}${renderNumber(low, unit)}` : `${hedge}${renderRange(low, high, unit)}`;
  if (low !== null) return `${q.lowerInclusive ? '≥' : '>'} ${hedge}${renderNumber(low, unit)}`;
  const value = high ?? 0;
  if (q.approx && q.upper === value) return `≲ ${renderNumber(value, unit)}`;
  return `${q.upperInclusive ? '≤' : '<'} ${hedge}${renderNumber(value, unit)}`;
}
