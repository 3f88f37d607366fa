// Mutation.addClaims: one atomic batch of claims.
import { addClaims as addClaimsUseCase } from '../../../app/add-claims.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const addClaims: MutationResolvers['addClaims'] = (_parent, { input }, { app, actor }) => addClaimsUseCase(app, input, actor);
