// The verdict scale and how it maps onto schema.org Rating (ratingValue 5..1, bestRating 5, worstRating 1).
import type { Rating } from './model.js';

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface RatingScale {
  /** Null for UNVERIFIABLE: it is not a point on the true..false scale, so exports carry only its name. */
  ratingValue: number | null;
  /** The textual verdict; the part of a ClaimReview Google shows. */
  alternateName: string;
}

export const RATING_SCALE: Readonly<Record<Rating, RatingScale>> = {
  TRUE: { ratingValue: 5, alternateName: 'True' },
  MOSTLY_TRUE: { ratingValue: 4, alternateName: 'Mostly true' },
  MIXED: { ratingValue: 3, alternateName: 'Mixed' },
  MOSTLY_FALSE: { ratingValue: 2, alternateName: 'Mostly false' },
  FALSE: { ratingValue: 1, alternateName: 'False' },
  UNVERIFIABLE: { ratingValue: null, alternateName: 'Unverifiable' },
};

export const ratingScale = (rating: Rating): RatingScale => RATING_SCALE[rating];
