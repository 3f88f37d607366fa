// The rule engine: groups claims by what they are about and runs each predicate's declared rules on each group.
import { additiveShareConflicts } from './additive-share.js';
import { groupByParts, qualifierKey, statementParts } from './comparability.js';
import { eventConflicts } from './event.js';
import { exclusiveConflicts } from './exclusive.js';
import { functionalConflicts } from './functional.js';
import { polarityConflicts } from './polarity.js';
import type { ClaimView, Finding, PredicateLookup } from './types.js';

/** Only accepted claims take part: a candidate waits for a person, and withdrawn claims assert nothing. */
export const takesPart = (view: Pick<ClaimView, 'claim'>): boolean => view.claim.status === 'ACCEPTED';

/**
 * Every conflict among `views`, sorted by key. Pure and order-free: the same claims in any order give the
 * same findings. Callers pass whole groups (every claim sharing a key), or a group's conflicts are missed.
 */
export function detectConflicts(views: readonly ClaimView[], lookup: PredicateLookup): Finding[] {
  const live = views.filter(takesPart);
  const semanticsOf = (view: ClaimView) => lookup(view.claim.predicate)?.semantics ?? [];
  const findings: Finding[] = [];

  for (const group of groupByParts(live, statementParts)) {
    const definition = lookup(group[0]!.claim.predicate);
    if (!definition) continue;
    if (definition.semantics.includes('FUNCTIONAL')) findings.push(...functionalConflicts(group, definition));
    if (definition.semantics.includes('EVENT')) findings.push(...eventConflicts(group, definition));
    if (definition.semantics.includes('POLARITY')) findings.push(...polarityConflicts(group, definition));
  }

  // Shares and leadership compare different subjects: their groups are markets (object and qualifiers).
  const aboutMarket = live.filter((view) => view.claim.objectId !== null);
  const shares = aboutMarket.filter((view) => semanticsOf(view).includes('ADDITIVE_SHARE'));
  for (const group of groupByParts(shares, (view) => [view.claim.predicate, view.claim.objectId!, qualifierKey(view)])) {
    findings.push(...additiveShareConflicts(group, lookup(group[0]!.claim.predicate)!));
  }
  const marketClaims = aboutMarket.filter((view) => semanticsOf(view).some((s) => s === 'ADDITIVE_SHARE' || s === 'EXCLUSIVE'));
  for (const group of groupByParts(marketClaims, (view) => [view.claim.objectId!, qualifierKey(view)])) {
    findings.push(...exclusiveConflicts(group, lookup));
  }

  const unique = new Map(findings.map((found) => [found.key, found]));
  return [...unique.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
