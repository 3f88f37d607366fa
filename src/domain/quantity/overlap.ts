// Whether two values' committed intervals share a number: claims whose intervals overlap can both be true.
import type { Quantity } from './interval.js';

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
