// Query.path: the shortest ways two entities are connected through claims and maker links.
import { findPaths } from '../../../app/queries.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const path: QueryResolvers['path'] = (_parent, { from, to, maxHops }, { app }) => findPaths(app, from, to, maxHops);
