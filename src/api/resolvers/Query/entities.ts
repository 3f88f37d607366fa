// Query.entities: every live (unmerged) entity, optionally of one kind, paginated.
import { pageRequest } from '../../../app/queries.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const entities: QueryResolvers['entities'] = (_parent, { kind, first, after }, { app }) =>
  app.store.listEntities(kind ?? null, pageRequest(app, first, after));
