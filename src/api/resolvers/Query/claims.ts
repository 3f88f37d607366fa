// Query.claims: a filtered, paginated list of claims.
import { pageRequest, resolveClaimFilter } from '../../../app/queries.js';
import { emptyPage } from '../../connection.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const claims: QueryResolvers['claims'] = async (_parent, { filter, first, after }, { app, loaders }) => {
  const page = pageRequest(app, first, after);
  const storeFilter = await resolveClaimFilter(app, filter);
  if (!storeFilter) return emptyPage();
  return loaders.claimPage.load({ filter: storeFilter, page });
};
