// Query.sources: every source, paginated.
import { pageRequest } from '../../../app/queries.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const sources: QueryResolvers['sources'] = (_parent, { first, after }, { app }) => app.store.listSources(pageRequest(app, first, after));
