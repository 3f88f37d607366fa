// The identity of a statement from a source, so the same claim ingested twice is recognised as one.
import { hash } from 'node:crypto';
import type { Qualifier } from './model.js';

export interface StatementIdentity {
  subjectId: string;
  predicate: string;
  objectId: string | null;
  /** Normalised value: bounds and unit for numbers, lower-cased text for free text, null when absent. */
  value: unknown;
  periodKey: string | null;
  qualifiers: readonly Qualifier[];
  negated: boolean;
  sourceUrl: string;
}

/** Wording is deliberately left out: two phrasings of one statement from one source are one claim. */
export function fingerprintOf(identity: StatementIdentity): string {
  const qualifiers = identity.qualifiers.map((q) => [q.key.trim().toLowerCase(), q.value.trim().toLowerCase()]);
  if (qualifiers.length > 1) qualifiers.sort((a, b) => (a[0]! + a[1]!).localeCompare(b[0]! + b[1]!));
  const canonical = JSON.stringify([
    identity.subjectId,
    identity.predicate,
    identity.objectId,
    identity.value,
    identity.periodKey,
    qualifiers,
    identity.negated,
    identity.sourceUrl,
  ]);
  // One-shot hash: no Hash object per claim (same digest as createHash().update().digest()).
  return hash('sha256', canonical, 'base64url').slice(0, 32);
}
