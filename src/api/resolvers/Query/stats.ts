// Query.stats: how much the graph holds, and in which store.
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const stats: QueryResolvers['stats'] = async (_parent, _args, { app }) => ({ ...(await app.store.counts()), store: app.store.name });
