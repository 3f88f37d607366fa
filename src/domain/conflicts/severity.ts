// How urgent a conflict is, by one documented rule per kind of clash (see docs/conflicts.md).
import type { Quantity } from '../quantity.js';
import type { ClaimView, Severity } from './types.js';

/** The higher figure's floor is at least this many times the lower figure's ceiling: far apart, not rounding. */
export const FAR_APART_RATIO = 1.5;
/** Shares whose floors sum to this or more cannot be explained by rounding or loose market definitions. */
export const FAR_PAST_WHOLE = 110;
/** Event dates more than a month apart are a different event date, not a fuzzy "early"/"mid". */
export const FAR_APART_DAYS = 31;

const LOWER: Readonly<Record<Severity, Severity>> = { HIGH: 'MEDIUM', MEDIUM: 'LOW', LOW: 'LOW' };

/** A clash involving an undated claim may be only apparent (the claims may be about different times): one level lower. */
export const withPeriods = (severity: Severity, views: readonly ClaimView[]): Severity =>
  views.some((view) => view.period === null) ? LOWER[severity] : severity;

/** Two value intervals, `low` entirely below `high`: HIGH when far apart relative to their size. */
export function separationSeverity(low: Quantity, high: Quantity): Severity {
  const ceiling = low.upper;
  const floor = high.lower;
  if (ceiling === null || floor === null) return 'MEDIUM';
  if (ceiling <= 0) return 'HIGH';
  return floor >= FAR_APART_RATIO * ceiling ? 'HIGH' : 'MEDIUM';
}

export const sumSeverity = (sum: number): Severity => (sum >= FAR_PAST_WHOLE ? 'HIGH' : 'MEDIUM');

export function dateGapSeverity(earlierEnd: string, laterStart: string): Severity {
  const days = (Date.parse(laterStart) - Date.parse(earlierEnd)) / 86_400_000;
  return days > FAR_APART_DAYS ? 'HIGH' : 'MEDIUM';
}
