// SeriesPoint's fields, read off the claim each point stands for, and the conflicts it takes part in.
import type { SeriesPointResolvers } from '../../generated/resolvers-types.js';

export const SeriesPoint: SeriesPointResolvers = {
  value: (point) => point.claim.value,
  periodText: (point) => point.claim.periodText,
  citations: (point) => point.claim.citations,
  conflicts: (point, _args, { loaders }) => loaders.conflictsOfClaim.load(point.claim.id),
};
