// Which claims a written claim must be compared with: the keys of its statement and, for shares and leaders, of its market.
import type { Claim } from '../../domain/model.js';
import type { PredicateRegistry } from '../../domain/predicates.js';
import type { ClaimKey } from '../../store/port.js';

const MARKET_SEMANTICS: readonly string[] = ['ADDITIVE_SHARE', 'EXCLUSIVE'];
const STATEMENT_SEMANTICS: readonly string[] = ['FUNCTIONAL', 'EVENT', 'POLARITY'];

/** The predicates whose claims take part in a market's rules (shares, leaders), read from the registry. */
const marketPredicates = (registry: PredicateRegistry): string[] =>
  registry
    .all()
    .filter((predicate) => predicate.semantics.some((s) => MARKET_SEMANTICS.includes(s)))
    .map((predicate) => predicate.name);

/**
 * Statement rules (functional, event, polarity) compare one (subject, predicate, object); market rules
 * (additive share, exclusive) compare every share and leadership claim about the object, whoever the subject.
 */
export function keysOf(claim: Claim, registry: PredicateRegistry, marketPredicateNames = marketPredicates(registry)): ClaimKey[] {
  const semantics = registry.get(claim.predicate)?.semantics ?? [];
  const keys: ClaimKey[] = [];
  if (semantics.some((s) => STATEMENT_SEMANTICS.includes(s))) {
    keys.push({ subjectId: claim.subjectId, predicate: claim.predicate, objectId: claim.objectId });
  }
  if (claim.objectId && semantics.some((s) => MARKET_SEMANTICS.includes(s))) {
    for (const predicate of marketPredicateNames) keys.push({ subjectId: null, predicate, objectId: claim.objectId });
  }
  return keys;
}

/**
 * Whether every statement rule of the predicate compares only pairs of claims whose periods meet
 * (functional, polarity), so a write needs only the claims that meet its own. Event dates compare
 * claims across periods: their statements are always read whole.
 */
export function comparesMeetingPairsOnly(predicate: string, registry: PredicateRegistry): boolean {
  return !(registry.get(predicate)?.semantics ?? []).includes('EVENT');
}

/** Keys of many claims, each once, for one claimsByKey call. */
export function uniqueKeys(claims: readonly Claim[], registry: PredicateRegistry): ClaimKey[] {
  const names = marketPredicates(registry);
  const keys = new Map<string, ClaimKey>();
  // Generated ids and registered predicate names (lower_snake_case) hold no "|", and '*' is no id: the joined key is unique.
  for (const claim of claims) for (const key of keysOf(claim, registry, names)) keys.set(`${key.subjectId ?? '*'}|${key.predicate}|${key.objectId ?? ''}`, key);
  return [...keys.values()];
}
