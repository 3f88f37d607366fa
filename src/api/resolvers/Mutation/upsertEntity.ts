// Mutation.upsertEntity: create an entity or add aliases, a maker or a launch date to it.
import { upsertEntity as upsertEntityUseCase } from '../../../app/upsert-entity.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const upsertEntity: MutationResolvers['upsertEntity'] = (_parent, { input }, { app, actor }) => upsertEntityUseCase(app, input, actor);
