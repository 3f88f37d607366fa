// The query-mix baseline: bare graphql-yoga, the same schema and query shapes, answered from static in-memory objects.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createSchema, createYoga } from 'graphql-yoga';
import type { GraphQLResolveInfo } from 'graphql';

const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

/** Root field -> canonical variables -> what the service answered for that field: the baseline's static objects. */
export type RecordedAnswers = Record<string, Record<string, unknown>>;

/** Variables as a key that does not depend on their order in the request. */
export const variablesKey = (variables: Record<string, unknown>): string => JSON.stringify(Object.entries(variables).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * The objects are the service's own answers to the same requests, recorded before the run, so the baseline
 * returns the same records, list lengths and response sizes (a path query's several shortest paths, a
 * claim's real citations and conflicts) and only the work of finding them differs. Invented objects had
 * one path where the graph has several, and a conflict on every claim where real claims mostly have none.
 */
export function createStaticServer(answers: RecordedAnswers, options: { compiled?: boolean } = {}): Server {
  const answer = (_parent: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    const recorded = answers[info.fieldName]?.[variablesKey(info.variableValues)];
    if (recorded === undefined) throw new Error(`no recorded answer for ${info.fieldName} ${JSON.stringify(info.variableValues)}`);
    return recorded;
  };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs,
      resolvers: { Query: { claim: answer, entity: answer, conflicts: answer, path: answer } },
      resolverValidationOptions: { requireResolversForResolveType: 'ignore', requireResolversToMatchSchema: 'ignore' },
    }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    // compiled: the service's executor (graphql-jit), so the two differ only in finding the answers.
    plugins: options.compiled ? [useGraphQlJit()] : [],
  });
  return createServer(yoga);
}
