// Node's concrete type, told by the id prefix.
import { nodeTypeOf } from '../../../app/ids.js';
import type { NodeResolvers } from '../../generated/resolvers-types.js';

export const Node: NodeResolvers = {
  __resolveType: (node) => nodeTypeOf(node.id) as 'Claim' | 'Entity' | 'Source' | 'Period' | 'Conflict',
};
