// Mutation.flagConflict: claims a person sees cannot all be true, though no rule caught them.
import { flagConflict as flagConflictUseCase } from '../../../app/conflicts/flag.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const flagConflict: MutationResolvers['flagConflict'] = (_parent, { claimIds, note }, { app, actor }) => flagConflictUseCase(app, claimIds, note, actor);
