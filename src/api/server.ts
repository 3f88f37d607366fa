// Builds the graphql-yoga server: schema from schema.graphql, resolvers, error masking, health and readiness.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSchema, createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { AppContext } from '../app/context.js';
import { SYSTEM_ACTOR } from '../app/context.js';
import { createRequestContext, type RequestContext } from './context.js';
import { maskError } from './errors.js';
import { resolvers } from './resolvers/index.js';
import { FIRST_QUERY } from './first-query.js';

const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

export interface ServerOptions {
  /** Show error details in development; never in production. */
  isDev?: boolean;
}

// The server context is empty: under node:http yoga adds the request itself.
type ServerContext = object;

export function createGraphQLServer(app: AppContext, options: ServerOptions = {}): YogaServerInstance<ServerContext, RequestContext> {
  return createYoga<ServerContext, RequestContext>({
    schema: createSchema<RequestContext & ServerContext>({ typeDefs, resolvers: resolvers as never }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'claimgraph', defaultQuery: FIRST_QUERY },
    maskedErrors: { maskError, isDev: options.isDev ?? false },
    context: () => createRequestContext(app, SYSTEM_ACTOR),
    plugins: [useReadinessCheck({ endpoint: '/ready', check: () => app.store.isReady() })],
  });
}

export function createHttpServer(app: AppContext, options: ServerOptions = {}): Server {
  const yoga = createGraphQLServer(app, options);
  return createServer(yoga);
}
