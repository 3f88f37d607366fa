// Use case: declare a new predicate with its semantics, so claims about it get parsed and checked with no code change.
import { parsePredicateDefinition, type PredicateDefinition } from '../domain/predicates.js';
import type { Actor, AppContext } from './context.js';

export async function declarePredicate(context: AppContext, raw: Record<string, unknown>, _actor: Actor): Promise<PredicateDefinition> {
  const withoutNulls = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null && value !== undefined));
  const definition = parsePredicateDefinition({ ...withoutNulls, builtin: false }, ['input']);
  return context.writeLock.run(async () => {
    context.registry.declare(definition);
    await context.store.commit({ predicates: [definition] });
    return definition;
  });
}
