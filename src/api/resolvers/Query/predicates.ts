// Query.predicates and Query.predicate: the registry, built-in and declared.
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const predicates: QueryResolvers['predicates'] = (_parent, _args, { app }) => app.registry.all();
export const predicate: QueryResolvers['predicate'] = (_parent, { name }, { app }) => app.registry.get(name) ?? null;
