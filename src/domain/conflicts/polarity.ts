// POLARITY: the same statement affirmed and negated, in periods that meet, with values that could coincide.
import type { PredicateDefinition } from '../predicates.js';
import { periodsMeet, valuesMeet } from './comparability.js';
import { attribution, comparedDetail, interval, periodNote } from './explanation.js';
import { finding } from './key.js';
import { statementOf } from './phrases.js';
import { withPeriods } from './severity.js';
import type { ClaimView, Finding } from './types.js';

/** `group` holds claims of one statement; a value absent on either side does not narrow the statement. */
export function polarityConflicts(group: readonly ClaimView[], definition: PredicateDefinition): Finding[] {
  // Most statements negate nothing: asked first, so they are not copied.
  if (!group.some((view) => view.claim.negated)) return [];
  const negations = group.filter((view) => view.claim.negated);
  const affirmations = group.filter((view) => !view.claim.negated);
  const findings: Finding[] = [];
  for (const affirmed of affirmations) {
    for (const negated of negations) if (periodsMeet(affirmed, negated) && valuesMeet(affirmed, negated)) findings.push(contradiction(affirmed, negated, definition));
  }
  return findings;
}

function contradiction(affirmed: ClaimView, negated: ClaimView, definition: PredicateDefinition): Finding {
  const values =
    affirmed.claim.value && negated.claim.value
      ? ` — values ${interval(affirmed.claim.value)} and ${interval(negated.claim.value)} overlap`
      : '';
  const explanation =
    `${statementOf(affirmed)}: affirmed ${attribution(affirmed)} — "${affirmed.claim.text}" — ` +
    `and negated ${attribution(negated)} — "${negated.claim.text}"${values}` +
    periodNote([affirmed, negated]);
  return finding({
    rule: 'polarity',
    severity: withPeriods('HIGH', [affirmed, negated]),
    explanation,
    details: { predicate: definition.name, compared: [comparedDetail(affirmed), comparedDetail(negated)] },
    claims: [
      { claimId: affirmed.claim.id, role: 'affirms', version: affirmed.claim.version },
      { claimId: negated.claim.id, role: 'negates', version: negated.claim.version },
    ],
  });
}
