// Query.claim: one claim by id, or null.
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const claim: QueryResolvers['claim'] = (_parent, { id }, { loaders }) => loaders.claim.load(id);
