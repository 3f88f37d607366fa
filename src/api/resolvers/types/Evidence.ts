// Evidence's links: the claim or source it points to.
import type { EvidenceResolvers } from '../../generated/resolvers-types.js';

export const Evidence: EvidenceResolvers = {
  claim: (evidence, _args, { loaders }) => (evidence.claimId ? loaders.claim.load(evidence.claimId) : null),
  source: (evidence, _args, { loaders }) => (evidence.sourceId ? loaders.source.load(evidence.sourceId) : null),
};
