// Mutation.detectConflicts: a full rescan, with what it found and changed.
import { rescan } from '../../../app/conflicts/rescan.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const detectConflicts: MutationResolvers['detectConflicts'] = (_parent, _args, { app, actor }) => rescan(app, actor);
