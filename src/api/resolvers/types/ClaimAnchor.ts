// Claim.anchor: the span a claim was read from (its first citation), for review beside the article.
import type { ClaimResolvers } from '../../generated/resolvers-types.js';

export const ClaimAnchor: ClaimResolvers = {
  anchor: (claim) => claim.citations[0] ?? null,
};
