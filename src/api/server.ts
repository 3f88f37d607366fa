// Builds the graphql-yoga server: schema from schema.graphql, resolvers, error masking, health and readiness.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSchema, createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppContext } from '../app/context.js';
import type { RequestContext } from './context.js';
import { maskError } from './errors.js';
import { resolvers } from './resolvers/index.js';
import { FIRST_QUERY } from './first-query.js';
import { Authenticator } from './auth/authenticator.js';
import { withExportRoutes, type ExportRouteOptions } from './export-routes.js';
import { createHardening, type HardeningOptions } from './hardening.js';
import { withRequestLogging } from './http-handler.js';
import { createLogger } from './observability/logger.js';
import { stoppableResolvers } from './limits/use-request-timeout.js';
import { useReadiness } from './readiness.js';

const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

/** isDev, keys, limits, introspection, logger: see HardeningOptions. */
export interface ServerOptions extends HardeningOptions {
  /** Show error details in development (only on an open, loopback-only server); never in production. */
  isDev?: boolean;
  /** ClaimReview publisher and public base URL for the /export routes. */
  exports?: Omit<ExportRouteOptions, 'authorize'>;
}

// The server context is empty: under node:http yoga adds the request itself.
type ServerContext = object;

export function createGraphQLServer(app: AppContext, options: ServerOptions = {}): YogaServerInstance<ServerContext, RequestContext> {
  const hardening = createHardening(app, options);
  return createYoga<ServerContext, RequestContext>({
    ...hardening.yogaOptions,
    // Resolvers refuse to start once the request timed out or its client went away (see useRequestTimeout).
    schema: createSchema<RequestContext & ServerContext>({ typeDefs, resolvers: stoppableResolvers(resolvers) as never }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'claimgraph', defaultQuery: FIRST_QUERY },
    maskedErrors: { maskError, isDev: hardening.showErrorDetails },
    context: ({ request }) => hardening.requestContext(request),
    plugins: [useReadiness({ endpoint: '/ready', check: () => app.store.isReady() }), ...hardening.plugins],
  });
}

export function createHttpServer(app: AppContext, options: ServerOptions = {}): Server {
  const logger = options.logger ?? createLogger({ level: 'warn' });
  const yoga = createGraphQLServer(app, { ...options, logger });
  // Exports answer to the same API keys as GraphQL: reading them needs the viewer role.
  const auth = new Authenticator(options.keys ?? []);
  const exportsOrYoga = withExportRoutes(yoga, app, {
    ...options.exports,
    authorize: (request) => {
      const access = auth.authorize(request, 'viewer', `GET ${new URL(request.url).pathname}`);
      return access.ok ? null : access.response;
    },
  });
  return createServer(withRequestLogging(exportsOrYoga, logger));
}
