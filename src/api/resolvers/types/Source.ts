// Source's claims, as a paginated connection.
import { pageRequest } from '../../../app/queries.js';
import type { SourceResolvers } from '../../generated/resolvers-types.js';

export const Source: SourceResolvers = {
  claims: (source, { first, after }, { app, loaders }) =>
    loaders.claimPage.load({ filter: { sourceIds: [source.id] }, page: pageRequest(app, first, after) }),
};
