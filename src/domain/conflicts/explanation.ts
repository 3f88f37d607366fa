// The parts of a conflict's explanation a reader checks: figures as written, intervals compared, periods, tolerance.
import type { Quantity } from '../quantity.js';
import { plain, renderNumber } from '../quantity.js';
import type { PredicateDefinition } from '../predicates.js';
import type { ClaimView } from './types.js';

export const valueOf = (view: ClaimView): Quantity | null => view.claim.value;

/** The canonical period, with the words the source used when they read differently ("February 2026, 'now'"). */
export function periodLabel(view: ClaimView): string {
  if (!view.period) return 'period missing';
  const written = view.claim.periodText;
  const plainWords = !written || written.toLowerCase().replace(/^(by|as of|in)\s+/, '') === view.period.label.toLowerCase();
  return plainWords ? view.period.label : `${view.period.label}, "${written}"`;
}

/** "25% (Example Press, February 2026)": the figure as the source wrote it, who wrote it, and when it applies. */
export const figure = (view: ClaimView): string => `${view.claim.value?.text ?? view.claim.text} (${view.sourceLabel}, ${periodLabel(view)})`;

/** "where and when": "(Example Press, February 2026)". */
export const attribution = (view: ClaimView): string => `(${view.sourceLabel}, ${periodLabel(view)})`;

/** The interval compared, in interval notation: "[25%, 25%]", "(50%, 100%]", "(6 months, ∞)". */
export function interval(q: Quantity): string {
  if (q.unit === null) return `"${q.text}"`;
  const open = q.lower !== null && q.lowerInclusive ? '[' : '(';
  const close = q.upper !== null && q.upperInclusive ? ']' : ')';
  const low = q.lower === null ? '−∞' : renderNumber(q.lower, q.unit);
  const high = q.upper === null ? '∞' : renderNumber(q.upper, q.unit);
  return `${open}${low}, ${high}${close}`;
}

/** The dates an event claim fixes: "early February 2026 (2026-02-01 to 2026-02-10)". */
export function datedPeriod(view: ClaimView): string {
  if (!view.period) return 'period missing';
  const { label, start, end } = view.period;
  if (start && start === end) return `${label} (${start})`;
  return `${label} (${start ?? 'open start'} to ${end ?? 'open end'})`;
}

function widthText(width: number, q: Quantity): string {
  if (q.unit === 'PERCENT') return `±${plain(width)} percentage points`;
  return q.unit ? `±${renderNumber(width, q.unit)}` : `±${plain(width)}`;
}

/** Which figures were widened and by how much, with the predicate's tolerance; or that all were exact. */
export function toleranceNote(views: readonly ClaimView[], definition: PredicateDefinition | undefined): string {
  const widened = views.filter((view) => view.claim.value?.approx && view.claim.value.tolerance !== null);
  if (widened.length === 0) return 'no tolerance: exact figures';
  const parts = widened.map((view) => `"${view.claim.value!.text}" widened by ${widthText(view.claim.value!.tolerance!, view.claim.value!)}`);
  const rule = definition
    ? `; approximate figures are widened by ${plain(definition.tolerance.relative * 100)}% of the figure, and percentages by at least ${plain(definition.tolerance.minPercentPoints)} percentage point${definition.tolerance.minPercentPoints === 1 ? '' : 's'}`
    : '';
  return `tolerance: ${parts.join('; ')}${rule}`;
}

/** Says which claims had no period, so a reader knows they were compared with every period. */
export function periodNote(views: readonly ClaimView[]): string {
  const undated = views.filter((view) => view.period === null);
  if (undated.length === 0) return '';
  const which = undated.map((view) => `"${view.claim.text}" (${view.sourceLabel})`).join(' and ');
  return `. The period was missing for ${which}, so ${undated.length === 1 ? 'it was' : 'they were'} compared with every period`;
}

/** What a conflict's details record of each claim: enough to recompute the comparison. */
export function comparedDetail(view: ClaimView): Record<string, unknown> {
  const value = view.claim.value;
  return {
    claimId: view.claim.id,
    text: view.claim.text,
    source: view.sourceLabel,
    value: value?.text ?? null,
    interval: value && value.unit ? { lower: value.lower, upper: value.upper, lowerInclusive: value.lowerInclusive, upperInclusive: value.upperInclusive, unit: value.unit } : null,
    tolerance: value?.tolerance ?? null,
    period: view.period ? { label: view.period.label, start: view.period.start, end: view.period.end } : null,
    negated: view.claim.negated,
  };
}
