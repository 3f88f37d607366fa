// Mutation.rejectClaim: a reviewer rejects a candidate, with a reason.
import { rejectClaim as rejectClaimUseCase } from '../../../app/reject-claim.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const rejectClaim: MutationResolvers['rejectClaim'] = (_parent, { id, reason }, { app, actor }) => rejectClaimUseCase(app, id, reason, actor);
