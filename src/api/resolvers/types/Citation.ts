// Citation's source.
import type { CitationResolvers } from '../../generated/resolvers-types.js';

export const Citation: CitationResolvers = {
  source: async (citation, _args, { loaders }) => (await loaders.source.load(citation.sourceId))!,
};
