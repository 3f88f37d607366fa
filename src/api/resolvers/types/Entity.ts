// Entity's links: maker, products, merges, history, and its claims as a paginated connection.
import { pageRequest } from '../../../app/queries.js';
import type { ClaimFilter } from '../../../store/port.js';
import type { EntityResolvers } from '../../generated/resolvers-types.js';

export const Entity: EntityResolvers = {
  maker: (entity, _args, { loaders }) => (entity.makerId ? loaders.entity.load(entity.makerId) : null),
  products: (entity, _args, { loaders }) => loaders.products.load(entity.id),
  mergedInto: (entity, _args, { loaders }) => (entity.mergedIntoId ? loaders.entity.load(entity.mergedIntoId) : null),
  sameAs: (entity, _args, { loaders }) => loaders.mergedInto.load(entity.id),
  history: (entity, _args, { loaders }) => loaders.history.load(entity.id),
  claims: (entity, { role, predicate, status, first, after }, { app, loaders }) => {
    const filter: ClaimFilter =
      role === 'SUBJECT' ? { subjectIds: [entity.id] } : role === 'OBJECT' ? { objectIds: [entity.id] } : { entityIds: [entity.id] };
    if (predicate) filter.predicates = [predicate];
    if (status && status.length > 0) filter.statuses = status;
    return loaders.claimPage.load({ filter, page: pageRequest(app, first, after) });
  },
};
