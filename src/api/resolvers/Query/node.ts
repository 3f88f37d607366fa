// Query.node: refetch any node by its global id; the id's prefix says which loader to ask.
import { nodeTypeOf } from '../../../app/ids.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, { loaders }) => {
  switch (nodeTypeOf(id)) {
    case 'Claim':
      return loaders.claim.load(id);
    case 'Entity':
      return loaders.entity.load(id);
    case 'Source':
      return loaders.source.load(id);
    case 'Period':
      return loaders.period.load(id);
    case 'Conflict':
      return loaders.conflict.load(id);
    default:
      return null;
  }
};
