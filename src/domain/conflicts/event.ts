// EVENT: one date per event; the same event dated in periods that do not overlap cannot both be right.
import type { PredicateDefinition } from '../predicates.js';
import { periodsOverlap } from '../period.js';
import { stableOrder } from './comparability.js';
import { comparedDetail, datedPeriod } from './explanation.js';
import { finding } from './key.js';
import { forEachPair } from './pairs.js';
import { statementOf } from './phrases.js';
import { dateGapSeverity } from './severity.js';
import type { ClaimView, Finding } from './types.js';

type Dated = ClaimView & { period: NonNullable<ClaimView['period']> };

/** Earlier first (an open start is earliest), ties by id. */
const byStart = (a: Dated, b: Dated): number => (a.period.start ?? '').localeCompare(b.period.start ?? '') || stableOrder(a, b);

/** `group` holds claims of one statement. An undated event claim fixes no date, so it cannot clash on one. */
export function eventConflicts(group: readonly ClaimView[], definition: PredicateDefinition): Finding[] {
  const dated = group.filter((view): view is Dated => !view.claim.negated && view.period !== null);
  const findings: Finding[] = [];
  forEachPair(dated, (a, b) => {
    if (!periodsOverlap(a.period, b.period)) findings.push(twoDates(a, b, definition));
  });
  return findings;
}

function twoDates(a: Dated, b: Dated, definition: PredicateDefinition): Finding {
  const [earlier, later] = [a, b].sort(byStart) as [Dated, Dated];
  const explanation =
    `${statementOf(earlier)}: ${datedPeriod(earlier)} according to ${earlier.sourceLabel} vs ${datedPeriod(later)} according to ${later.sourceLabel}` +
    ` — the periods do not overlap, and one event has one date`;
  return finding({
    rule: 'event',
    // Non-overlap means earlier ends before later starts, so both dates exist.
    severity: dateGapSeverity(earlier.period.end!, later.period.start!),
    explanation,
    details: { predicate: definition.name, compared: [comparedDetail(earlier), comparedDetail(later)] },
    claims: [
      { claimId: earlier.claim.id, role: 'earlier', version: earlier.claim.version },
      { claimId: later.claim.id, role: 'later', version: later.claim.version },
    ],
  });
}
