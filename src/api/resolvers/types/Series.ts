// SeriesPoint's fields, read off the claim each point stands for.
import type { SeriesPointResolvers } from '../../generated/resolvers-types.js';

export const SeriesPoint: SeriesPointResolvers = {
  value: (point) => point.claim.value,
  periodText: (point) => point.claim.periodText,
  citations: (point) => point.claim.citations,
};
