// The units a value can carry, the dimension each measures, and the words and signs that name them in text.

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

export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'],
];
export const CURRENCY_SUFFIXES: ReadonlyArray<readonly [string, Unit]> = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['usd', 'USD'], ['us dollars', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
  ['pounds', 'GBP'], ['pound', 'GBP'], ['pounds sterling', 'GBP'], ['sterling', 'GBP'], ['gbp', 'GBP'],
];

/** Duration units as a ratio to months: [multiply, divide] keeps "6 weeks" as 6 / 4.345 rather than 6 × 0.2301…. */
export const DURATION_UNITS: ReadonlyArray<readonly [string, readonly [number, number]]> = [
  ['decades', [120, 1]], ['decade', [120, 1]],
  ['years', [12, 1]], ['year', [12, 1]], ['yrs', [12, 1]], ['yr', [12, 1]],
  ['months', [1, 1]], ['month', [1, 1]], ['mos', [1, 1]], ['mo', [1, 1]], ['mths', [1, 1]], ['mth', [1, 1]],
  ['weeks', [1, 4.345]], ['week', [1, 4.345]], ['wks', [1, 4.345]], ['wk', [1, 4.345]],
  ['days', [1, 30.44]], ['day', [1, 30.44]],
];
export const DURATION_WORDS = new Set(DURATION_UNITS.map(([word]) => word));

export const PERCENT_SIGNS: ReadonlyArray<readonly [string, true]> = [['%', true], ['percent', true], ['pct', true]];
export const TIMES_SIGNS: ReadonlyArray<readonly [string, true]> = [['x', true], ['times', true], ['fold', true], ['- fold', true]];
