// schema.org ClaimReview JSON-LD for reviewed claims, with the fields Google's fact-check rich result reads.
import type { ExportedClaim } from '../app/export-data.js';
import type { Review, Source } from '../domain/model.js';
import { BEST_RATING, ratingScale, WORST_RATING } from '../domain/rating.js';
import { dateOnly } from './format.js';

export interface Publisher {
  name: string;
  url?: string | null;
}

export interface ClaimReviewOptions {
  /** The fact-checking organisation that publishes the verdicts: ClaimReview.author. */
  publisher: Publisher;
  /** The page where a reader finds the fact check: ClaimReview.url. */
  reviewUrl: (item: ReviewedClaim) => string;
}

export type ReviewedClaim = ExportedClaim & { review: Review };

type JsonLd = Record<string, unknown>;

const organization = (name: string, url?: string | null): JsonLd => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/** Who made the claim: the source's publisher, else the site it appeared on, named by its host. */
function sourceAuthor(source: Source): JsonLd {
  if (source.publisher) return organization(source.publisher);
  const { host, origin } = new URL(source.url);
  return organization(host, origin);
}

function creativeWork(source: Source): JsonLd {
  return {
    '@type': 'CreativeWork',
    url: source.url,
    ...(source.title ? { headline: source.title } : {}),
    ...(source.publishedAt ? { datePublished: source.publishedAt } : {}),
    author: sourceAuthor(source),
  };
}

/** Earliest dated source first; undated ones after, in citation order. */
function byFirstAppearance(sources: readonly Source[]): Source[] {
  return [...sources].sort((a, b) => (a.publishedAt && b.publishedAt ? a.publishedAt.localeCompare(b.publishedAt) : a.publishedAt ? -1 : b.publishedAt ? 1 : 0));
}

/**
 * The rating. UNVERIFIABLE is not a point on the 5..1 scale, so it carries no ratingValue: only its
 * alternateName ("Unverifiable", the text Google shows) and the scale's bounds.
 */
export function ratingJsonLd(review: Review): JsonLd {
  const { ratingValue, alternateName } = ratingScale(review.rating);
  return {
    '@type': 'Rating',
    ...(ratingValue === null ? {} : { ratingValue }),
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    alternateName,
  };
}

export function claimReviewOf(item: ReviewedClaim, options: ClaimReviewOptions): JsonLd {
  const appearances = byFirstAppearance(item.sources);
  const first = appearances[0];
  const url = options.reviewUrl(item);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': `${url}#${item.review.id}`,
    url,
    claimReviewed: item.claim.text,
    reviewRating: ratingJsonLd(item.review),
    reviewBody: item.review.rationale,
    author: organization(options.publisher.name, options.publisher.url),
    datePublished: dateOnly(item.review.reviewedAt),
    itemReviewed: {
      '@type': 'Claim',
      ...(first ? { author: sourceAuthor(first) } : {}),
      ...(first?.publishedAt ? { datePublished: first.publishedAt } : {}),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
      appearance: appearances.map(creativeWork),
    },
  };
}

/** One ClaimReview per reviewed claim (its current verdict); unreviewed claims are left out. */
export function claimReviewsJsonLd(items: readonly ExportedClaim[], options: ClaimReviewOptions): JsonLd[] {
  return items.filter((item): item is ReviewedClaim => item.review !== null).map((item) => claimReviewOf(item, options));
}
