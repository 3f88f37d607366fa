// Citation's source.
import type { CitationResolvers } from '../../generated/resolvers-types.js';
import { named } from '../../loaders.js';

export const Citation: CitationResolvers = {
  source: (citation, _args, { loaders }) => named(loaders.source.load(citation.sourceId)),
};
