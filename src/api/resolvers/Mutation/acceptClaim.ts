// Mutation.acceptClaim: a reviewer accepts a candidate, optionally with edits.
import { acceptClaim as acceptClaimUseCase } from '../../../app/accept-claim.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const acceptClaim: MutationResolvers['acceptClaim'] = (_parent, { id, edits }, { app, actor }) => acceptClaimUseCase(app, id, edits, actor);
