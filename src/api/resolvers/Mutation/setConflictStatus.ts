// Mutation.setConflictStatus: a person's verdict on a conflict, with a note saying why.
import { setConflictStatus as setConflictStatusUseCase } from '../../../app/conflicts/set-status.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const setConflictStatus: MutationResolvers['setConflictStatus'] = (_parent, { id, status, note }, { app, actor }) =>
  setConflictStatusUseCase(app, id, status, note, actor);
