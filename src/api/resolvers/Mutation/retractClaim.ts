// Mutation.retractClaim: mark a claim retracted, keeping it.
import { retractClaim as retractClaimUseCase } from '../../../app/retract-claim.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const retractClaim: MutationResolvers['retractClaim'] = (_parent, { id, reason }, { app, actor }) => retractClaimUseCase(app, id, reason, actor);
