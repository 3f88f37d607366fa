// The shape of a candidate claim found in an article: what addClaims takes, plus the anchor it was read from.
import type { EntityKind, Qualifier } from '../domain/model.js';
import type { Anchor } from './anchor.js';

export interface Candidate {
  text: string;
  subject: string;
  subjectKind: EntityKind;
  predicate: string;
  object: string | null;
  objectKind: EntityKind | null;
  /** As written in the article ("roughly 20 to 21%"); parsed later by the same parser as addClaims. */
  value: string | null;
  /** As written ("by early 2026", "six months after launch"), or the publication date for a figure stated as current. */
  period: string | null;
  qualifiers: Qualifier[];
  negated: boolean;
  anchor: Anchor;
  /** Another source's figure for a statement the article gave already: the two disagree on purpose (unnamed-parts.ts). */
  restatesEstimate?: boolean;
}

/** The predicate of a check-worthy statement no registered predicate describes; a reviewer picks one on acceptance. */
export const UNCLASSIFIED = 'unclassified';
