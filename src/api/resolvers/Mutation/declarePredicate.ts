// Mutation.declarePredicate: add a predicate to the registry.
import { declarePredicate as declarePredicateUseCase } from '../../../app/declare-predicate.js';
import type { MutationResolvers } from '../../generated/resolvers-types.js';

export const declarePredicate: MutationResolvers['declarePredicate'] = (_parent, { input }, { app, actor }) =>
  declarePredicateUseCase(app, { ...input }, actor);
