// Ranks statements as Wikidata does: nothing is deleted, but withdrawn or disproved claims sort below current ones.
import type { Claim, Rating } from './model.js';

export type Rank = 'PREFERRED' | 'NORMAL' | 'DEPRECATED';

const RANK_ORDER: Readonly<Record<Rank, number>> = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 };

/**
 * DEPRECATED: retracted, rejected or stale, or reviewed FALSE (kept so readers see what was once said).
 * PREFERRED: accepted and reviewed TRUE or MOSTLY_TRUE. NORMAL: everything else, candidates included.
 */
export function rankOf(claim: Pick<Claim, 'status'>, rating: Rating | null): Rank {
  if (claim.status === 'RETRACTED' || claim.status === 'REJECTED' || claim.status === 'STALE') return 'DEPRECATED';
  if (rating === 'FALSE') return 'DEPRECATED';
  if (claim.status === 'ACCEPTED' && (rating === 'TRUE' || rating === 'MOSTLY_TRUE')) return 'PREFERRED';
  return 'NORMAL';
}

/** Comparator: current statements first; ties keep their given order (Array.prototype.sort is stable). */
export const byRank = (a: Rank, b: Rank): number => RANK_ORDER[a] - RANK_ORDER[b];
