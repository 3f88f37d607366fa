// FUNCTIONAL: one true value per statement and period; two figures whose intervals do not overlap cannot both be true.
import type { PredicateDefinition } from '../predicates.js';
import { intervalsOverlap } from '../quantity.js';
import { byValue } from './comparability.js';
import { comparedDetail, figure, interval, periodNote, toleranceNote } from './explanation.js';
import { finding } from './key.js';
import { forEachMeetingPair } from './pairs.js';
import { statementOf } from './phrases.js';
import { separationSeverity, withPeriods } from './severity.js';
import type { ClaimView, Finding } from './types.js';

/** An affirmed claim with a measured value (not free text). */
const isFigure = (view: ClaimView): boolean => !view.claim.negated && Boolean(view.claim.value?.unit);

/**
 * Totals over a period (PERIOD_TOTAL: revenue) are compared only for the same period: a quarter's revenue is not
 * its year's. An undated total is still compared with every figure, as undated claims are for every rule.
 */
const sameTotalPeriod = (a: ClaimView, b: ClaimView): boolean =>
  !a.period || !b.period || (a.period.start === b.period.start && a.period.end === b.period.end);

/** `group` holds claims of one statement (subject, predicate, object, qualifiers). */
export function functionalConflicts(group: readonly ClaimView[], definition: PredicateDefinition): Finding[] {
  // Mostly every claim of a statement is a figure: the group itself then, not a copy per statement.
  const figures = group.every(isFigure) ? group : group.filter(isFigure);
  const totals = definition.semantics.includes('PERIOD_TOTAL');
  const findings: Finding[] = [];
  forEachMeetingPair(figures, (a, b) => {
    if (totals && !sameTotalPeriod(a, b)) return;
    // Units are canonical ($1B and $1,000M are both 1e9 USD); different currencies have no rate to compare by.
    if (a.claim.value!.unit === b.claim.value!.unit && !intervalsOverlap(a.claim.value!, b.claim.value!)) findings.push(separated(a, b, definition));
  });
  return findings;
}

/** Two figures of one statement whose intervals do not overlap, low one first. */
function separated(a: ClaimView, b: ClaimView, definition: PredicateDefinition): Finding {
  const [low, high] = [a, b].sort(byValue) as [ClaimView, ClaimView];
  const explanation =
    `${statementOf(low)}: ${figure(low)} vs ${figure(high)} — ` +
    `${interval(low.claim.value!)} and ${interval(high.claim.value!)} do not overlap (${toleranceNote([low, high], definition)})` +
    periodNote([low, high]);
  return finding({
    rule: 'functional',
    severity: withPeriods(separationSeverity(low.claim.value!, high.claim.value!), [low, high]),
    explanation,
    details: { compared: [comparedDetail(low), comparedDetail(high)], tolerance: definition.tolerance },
    claims: [
      { claimId: low.claim.id, role: 'lower', version: low.claim.version },
      { claimId: high.claim.id, role: 'higher', version: high.claim.version },
    ],
  });
}
