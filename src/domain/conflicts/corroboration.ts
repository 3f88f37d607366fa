// Corroboration: comparable claims from different sources whose values could both be true.
import { periodsMeet, qualifierKey, valuesMeet } from './comparability.js';
import type { ClaimFacts } from './types.js';

const sourcesOf = (view: ClaimFacts): Set<string> => new Set(view.claim.citations.map((citation) => citation.sourceId));

/** True when `other` (an ACCEPTED claim) says what `view` says, from sources `view` was not cited from. */
export function corroborates(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.claim.id === b.claim.id || b.claim.status !== 'ACCEPTED') return false;
  if (a.claim.subjectId !== b.claim.subjectId || a.claim.predicate !== b.claim.predicate || a.claim.objectId !== b.claim.objectId) return false;
  if (a.claim.negated !== b.claim.negated || qualifierKey(a) !== qualifierKey(b)) return false;
  if (!periodsMeet(a, b) || !valuesMeet(a, b)) return false;
  const mine = sourcesOf(a);
  return [...sourcesOf(b)].every((source) => !mine.has(source));
}

/** Distinct sources among a claim and the claims corroborating it. */
export function independentSourceCount(view: ClaimFacts, corroborations: readonly ClaimFacts[]): number {
  return new Set([view, ...corroborations].flatMap((item) => [...sourcesOf(item)])).size;
}
