// Renders a value back to short canonical text from its stated bounds ("> 50%", "$2.5B", "~20%–21%", "6 months").
import type { Quantity } from './interval.js';
import type { Unit } from './units.js';

/** Symbols for the currencies people know by one; the others are written with their code ("CHF 2B"). */
const CURRENCY_SYMBOL: Partial<Record<Unit, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', KRW: '₩' };
const SHORT_SCALES: ReadonlyArray<readonly [number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/** Four significant digits, without exponent noise: 33.333… → "33.33", 2.5 → "2.5". */
export const plain = (n: number): string => String(Number(n.toPrecision(4)));

function shortScaled(n: number): string {
  for (const [size, suffix] of SHORT_SCALES) if (Math.abs(n) >= size) return `${plain(n / size)}${suffix}`;
  return plain(n);
}

const SI_PREFIXES: ReadonlyArray<readonly [number, string]> = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

/** "1.2 GW", "41.2 TWh", "350 kWh": power and energy with the largest prefix that keeps the number at 1 or more. */
function withSiPrefix(n: number, symbol: string): string {
  for (const [size, prefix] of SI_PREFIXES) if (Math.abs(n) >= size) return `${plain(n / size)} ${prefix}${symbol}`;
  return `${plain(n)} ${symbol}`;
}

export function renderNumber(n: number, unit: Unit): string {
  switch (unit) {
    case 'PERCENT':
      return `${plain(n)}%`;
    case 'TIMES':
      return `${plain(n)}x`;
    case 'MONTH':
      return `${plain(n)} ${n === 1 ? 'month' : 'months'}`;
    case 'COUNT':
      return shortScaled(n);
    case 'WATT':
      return withSiPrefix(n, 'W');
    case 'WATT_HOUR':
      return withSiPrefix(n, 'Wh');
    default: {
      const symbol = CURRENCY_SYMBOL[unit];
      return symbol ? `${symbol}${shortScaled(n)}` : `${unit} ${shortScaled(n)}`;
    }
  }
}

/** Durations name the unit once ("6–9 months"), where "6 months–9 months" would repeat it. */
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
