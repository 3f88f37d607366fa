// Each claim's current verdict and rank, fetched for many claims in one store call (series, exports).
import type { Claim, Rating, Review } from '../domain/model.js';
import { rankOf, type Rank } from '../domain/rank.js';
import type { AppContext } from './context.js';

export interface Verdict {
  /** The newest review; null while the claim is unreviewed. */
  review: Review | null;
  rating: Rating | null;
  rank: Rank;
}

export async function verdictsOf(context: AppContext, claims: readonly Claim[]): Promise<Map<string, Verdict>> {
  const reviews = claims.length > 0 ? await context.store.reviewsOf(claims.map((claim) => claim.id)) : [];
  return new Map(
    claims.map((claim, index) => {
      const review = reviews[index]?.[0] ?? null;
      return [claim.id, { review, rating: review?.rating ?? null, rank: rankOf(claim, review?.rating ?? null) }];
    }),
  );
}
