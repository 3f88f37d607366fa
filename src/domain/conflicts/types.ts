// The shapes the conflict rules read (a claim with what it is about) and write (a finding).
import type { Claim, Conflict } from '../model.js';
import type { PredicateDefinition } from '../predicates.js';

/** A claim with the names and dates an explanation needs; assembled by the app layer, read here. */
export interface ClaimView {
  claim: Claim;
  /** The canonical interval; null when the claim is undated (then it is compared with every period). */
  period: { start: string | null; end: string | null; label: string } | null;
  subjectName: string;
  objectName: string | null;
  /** Who said it, for the explanation: the source's publisher, else its title, else its host. */
  sourceLabel: string;
}

/** What comparisons read of a claim: names and labels play no part in them. */
export type ClaimFacts = Pick<ClaimView, 'claim' | 'period'>;

export type PredicateLookup = (name: string) => PredicateDefinition | undefined;

/** Rule ids as stored on Conflict.rule; 'manual' is a person's flag, never produced by a rule. */
export const RULES = ['functional', 'additive_share', 'exclusive', 'event', 'polarity'] as const;
export type RuleId = (typeof RULES)[number];
export const MANUAL_RULE = 'manual';

export type Severity = Conflict['severity'];

/** What a rule found: some claims that cannot all be true, and why. */
export interface Finding {
  key: string;
  rule: RuleId;
  severity: Severity;
  explanation: string;
  details: Record<string, unknown>;
  /** In a content-determined order (never insertion order), so detection is symmetric. */
  claims: Array<{ claimId: string; role: string; version: number }>;
}
