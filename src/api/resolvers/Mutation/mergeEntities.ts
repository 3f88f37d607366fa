// Mutation.mergeEntities: two entities found to be one.
import { mergeEntities as mergeEntitiesUseCase } from '../../../app/merge-entities.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const mergeEntities: MutationResolvers['mergeEntities'] = (_parent, { keep, merge }, { app, actor }) => mergeEntitiesUseCase(app, keep, merge, actor);
