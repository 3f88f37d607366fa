// Period's claims: those hanging off exactly this interval.
import { pageRequest } from '../../../app/queries.js';
import type { PeriodResolvers } from '../../generated/resolvers-types.js';

export const Period: PeriodResolvers = {
  claims: (period, { first, after }, { app, loaders }) =>
    loaders.claimPage.load({ filter: { periodOverlaps: { start: period.start, end: period.end } }, page: pageRequest(app, first, after) }),
};
