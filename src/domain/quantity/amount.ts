// One figure with the unit marks around it ("$2.5 billion", "21%", "six months", "3x", "a third") and its numeric value.
import { readFraction } from './fractions.js';
import { readMagnitude, scaled, SCALES } from './magnitude.js';
import { readMultipleWord } from './number-words.js';
import type { Tokens } from './tokens.js';
import { AMBIGUOUS_CURRENCY_SUFFIXES, CURRENCY_PREFIXES, CURRENCY_SUBUNIT_SUFFIXES, CURRENCY_SUFFIXES, DURATION_UNITS, ENERGY_UNITS, PERCENT_SIGNS, POWER_UNITS, TIMES_SIGNS, type Unit } from './units.js';
import { fail } from './unreadable.js';

export interface Amount {
  magnitude: string;
  scalePower: number | null;
  unit: Unit | null;
  /** Ratio to months for durations, [multiply, divide]. */
  monthRatio: readonly [number, number] | null;
  /** A "+" straight after the number ("10+ years"). */
  plus: boolean;
}

const fixedAmount = (value: number, unit: Unit): Amount => ({
  magnitude: String(value),
  scalePower: null,
  unit,
  monthRatio: null,
  plus: false,
});

/** One figure: "$2.5 billion", "21%", "six months", "3x", "a third", "1.2k"; null when no number starts here. */
export function readAmount(ts: Tokens): Amount | null {
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
  const scalePower = ts.takeAny(SCALES) ?? hyphenatedScale(ts);
  const amount: Amount = { magnitude, scalePower, unit: currency, monthRatio: null, plus };
  readUnitSuffix(ts, amount);
  return amount;
}

/** "$412-million", "$1.02-billion" (as Canadian papers write them): a scale word hyphenated to its number. */
function hyphenatedScale(ts: Tokens): number | null {
  const start = ts.pos;
  if (!ts.take('-')) return null;
  const scalePower = ts.takeAny(SCALES);
  if (scalePower === null) ts.pos = start;
  return scalePower;
}

const looksLikeYear = (amount: Amount): boolean => amount.scalePower === null && /^[12]\d{3}$/.test(amount.magnitude);

function readUnitSuffix(ts: Tokens, amount: Amount): void {
  // "8.4p": hundredths of the currency, with no sign before and no scale word ("8.4 billion p" says nothing). Before
  // the currencies: "21 euro cents" is not 21 euros.
  const subunit = amount.unit === null && amount.scalePower === null ? ts.takeAny(CURRENCY_SUBUNIT_SUFFIXES) : null;
  if (subunit !== null) {
    amount.unit = subunit;
    amount.scalePower = -2;
    return;
  }
  const verbNotCurrency = looksLikeYear(amount) && AMBIGUOUS_CURRENCY_SUFFIXES.has(ts.word() ?? '');
  const suffixCurrency = verbNotCurrency ? null : ts.takeAny(CURRENCY_SUFFIXES);
  if (suffixCurrency !== null) {
    if (amount.unit !== null && amount.unit !== suffixCurrency) fail('it names two different currencies');
    amount.unit = suffixCurrency;
    return;
  }
  const before = amount.unit;
  // Energy first: "terawatt hours" starts with the power unit "terawatt".
  const energy = ts.takeAny(ENERGY_UNITS);
  const power = energy === null ? ts.takeAny(POWER_UNITS) : null;
  if (energy !== null || power !== null) {
    amount.unit = energy !== null ? 'WATT_HOUR' : 'WATT';
    amount.scalePower = (amount.scalePower ?? 0) + (energy ?? power ?? 0);
  } else if (ts.takeAny(PERCENT_SIGNS)) amount.unit = 'PERCENT';
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

export function amountValue(amount: Amount): number {
  const [multiply, divide] = amount.monthRatio ?? [1, 1];
  return (scaled(amount.magnitude, amount.scalePower ?? 0) * multiply) / divide;
}
