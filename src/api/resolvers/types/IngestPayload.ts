// IngestPayload's counts, derived from its lists.
import type { IngestPayloadResolvers } from '../../generated/resolvers-types.js';

export const IngestPayload: IngestPayloadResolvers = {
  newCount: (result) => result.newClaims.length,
  unchangedCount: (result) => result.unchangedClaims.length,
  movedCount: (result) => result.movedClaims.length,
  staleCount: (result) => result.staleClaims.length,
};
