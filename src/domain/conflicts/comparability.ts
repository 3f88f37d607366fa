// When two claims speak of the same thing: same subject, predicate, object and qualifiers, in periods that meet.
import { periodsOverlap } from '../period.js';
import { intervalsOverlap } from '../quantity.js';
import type { Claim } from '../model.js';
import type { ClaimFacts } from './types.js';

/** Qualifiers as a canonical string: order and letter case do not make two scopes different. */
export const qualifierKey = (view: ClaimFacts): string => qualifiersKey(view.claim.qualifiers);

/**
 * Keys of frozen lists of frozen qualifiers, which cannot change: a store shares one such list among the claims
 * that state the same qualifiers (the embedded store's QualifierPool), so a rescan makes each distinct key once,
 * not once per claim.
 */
const frozenKeys = new WeakMap<Claim['qualifiers'], string>();

/** A claim's qualifiers as a canonical string (see qualifierKey). */
export function qualifiersKey(qualifiers: Claim['qualifiers']): string {
  // Most claims have no qualifiers; this runs for every qualified claim in every detection.
  if (qualifiers.length === 0) return '[]';
  const known = frozenKeys.get(qualifiers);
  if (known !== undefined) return known;
  const key = canonicalKey(qualifiers);
  if (Object.isFrozen(qualifiers) && qualifiers.every((qualifier) => Object.isFrozen(qualifier))) frozenKeys.set(qualifiers, key);
  return key;
}

function canonicalKey(qualifiers: Claim['qualifiers']): string {
  // One qualifier (nearly every qualified claim): nothing to sort, and no closures or arrays per call.
  if (qualifiers.length === 1) return JSON.stringify([[qualifiers[0]!.key.trim().toLowerCase(), qualifiers[0]!.value.trim().toLowerCase()]]);
  const pairs = qualifiers.map((q) => [q.key.trim().toLowerCase(), q.value.trim().toLowerCase()] as const);
  pairs.sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0])));
  return JSON.stringify(pairs);
}

/** An undated claim meets every period: it cannot be ruled out, and explanations say its period was missing. */
export function periodsMeet(a: ClaimFacts, b: ClaimFacts): boolean {
  if (!a.period || !b.period) return true;
  return periodsOverlap(a.period, b.period);
}

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The tie-break wherever a rule must choose between equal claims: by the claim's words first (content, so two
 * stores holding the same claims under different ids choose alike), then by fingerprint, then by id.
 */
export const stableOrder = (a: ClaimFacts, b: ClaimFacts): number =>
  compare(a.claim.text, b.claim.text) || compare(a.claim.fingerprint, b.claim.fingerprint) || compare(a.claim.id, b.claim.id);

const normalizedText = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Values that could both be true: numeric intervals overlap, free texts say the same, or a side has no value. */
export function valuesMeet(a: ClaimFacts, b: ClaimFacts): boolean {
  const x = a.claim.value;
  const y = b.claim.value;
  if (!x || !y) return true;
  if (x.unit === null || y.unit === null) return x.unit === y.unit && normalizedText(x.text) === normalizedText(y.text);
  return intervalsOverlap(x, y);
}

/** Orders two figures low to high (unbounded floors first), ties by id, so the explanation never depends on arrival order. */
export function byValue(a: ClaimFacts, b: ClaimFacts): number {
  const low = (view: ClaimFacts) => view.claim.value?.lower ?? Number.NEGATIVE_INFINITY;
  const high = (view: ClaimFacts) => view.claim.value?.upper ?? Number.POSITIVE_INFINITY;
  return low(a) - low(b) || high(a) - high(b) || stableOrder(a, b);
}
