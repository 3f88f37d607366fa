// From a reading to the interval the claim commits to: tolerance widening, then the physical limits (0, 100%).
import type { Reading } from './reading.js';
import { halfWidth, type Tolerance } from './tolerance.js';
import { CURRENCIES, type Unit } from './units.js';
import { fail } from './unreadable.js';

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

/** Units that cannot go below zero: an open or widened lower end stops at 0 ("under $1M" is $0–$1M). */
const NON_NEGATIVE: ReadonlySet<Unit> = new Set<Unit>(['PERCENT', ...CURRENCIES, 'COUNT', 'MONTH']);

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

/** -0 would print as "0" but fail Object.is checks downstream. */
const plainZero = (n: number): number => (n === 0 ? 0 : n);

export function toQuantity(text: string, reading: Reading, unit: Unit, tolerance: Tolerance): Quantity {
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

/** Text kept as written, for predicates that accept a description: no unit and no bounds, so it overlaps nothing. */
export const freeText = (text: string): Quantity => ({
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
