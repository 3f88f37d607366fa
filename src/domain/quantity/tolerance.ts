// How far "roughly"/"about"/"nearly" widens a stated value: the defaults and the half-width they give one reading.
import type { Reading } from './reading.js';
import type { Unit } from './units.js';

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

/** Scaled by the larger end, so both ends of a hedged range widen by the same amount. */
export function halfWidth(reading: Reading, unit: Unit, tolerance: Tolerance): number {
  const magnitude = Math.max(Math.abs(reading.low), Math.abs(reading.high));
  const floor = unit === 'PERCENT' ? tolerance.minPercentPoints : 0;
  return Math.max(tolerance.relative * magnitude, floor);
}
