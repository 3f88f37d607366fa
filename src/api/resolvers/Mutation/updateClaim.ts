// Mutation.updateClaim: change a claim if it is still at expectedVersion.
import { updateClaim as updateClaimUseCase } from '../../../app/update-claim.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const updateClaim: MutationResolvers['updateClaim'] = (_parent, { id, expectedVersion, input }, { app, actor }) =>
  updateClaimUseCase(app, id, expectedVersion, input, actor);
