// Query.series: one metric's values over time, with their sources and verdicts.
import { series as seriesUseCase } from '../../../app/series.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const series: QueryResolvers['series'] = (_parent, args, { app }) => seriesUseCase(app, args);
