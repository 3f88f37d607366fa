// Query.conflicts: a filtered, paginated list of conflicts (status, rule, entity, claim).
import { resolveConflictFilter } from '../../../app/conflicts/conflict-filter.js';
import { pageRequest } from '../../../app/queries.js';
import { emptyPage } from '../../connection.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const conflicts: QueryResolvers['conflicts'] = async (_parent, { filter, first, after }, { app }) => {
  const page = pageRequest(app, first, after);
  const storeFilter = await resolveConflictFilter(app, filter);
  if (!storeFilter) return emptyPage();
  return app.store.listConflicts(storeFilter, page);
};
