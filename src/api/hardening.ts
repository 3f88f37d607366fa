// Everything that makes the GraphQL endpoint safe to expose, assembled in one place for server.ts: access, limits, logs, metrics.
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { CORSOptions, Plugin } from 'graphql-yoga';
import type { AppContext } from '../app/context.js';
import type { ApiKey } from './auth/api-keys.js';
import { Authenticator, principalOf } from './auth/authenticator.js';
import { useAuthorization } from './auth/use-authorization.js';
import { createRequestContext, type RequestContext } from './context.js';
import { renderLocalGraphiQL, useGraphiQLAssets } from './graphiql-assets.js';
import { armorPlugins } from './limits/armor.js';
import { useCsrfPrevention } from './limits/csrf.js';
import { useRequestBodyLimit } from './limits/body-limit.js';
import { DEFAULT_REQUEST_LIMITS, type RequestLimits } from './limits/request-limits.js';
import { useRequestTimeout } from './limits/use-request-timeout.js';
import { useCompiledExecution } from './compiled-execution.js';
import { createLogger, type Logger } from './observability/logger.js';
import { Metrics, useMetrics } from './observability/metrics.js';
import { noteOnRequest } from './observability/request-scope.js';
import { useRequestErrorCodes } from './request-error-codes.js';
import { yogaLogger } from './observability/yoga-logger.js';

export interface HardeningOptions {
  /** Development: field suggestions on, introspection on by default, error details for an open (loopback) server. */
  isDev?: boolean;
  /** API keys. None (the default) is open: everyone is admin as 'local'; config only allows that on loopback. */
  keys?: readonly ApiKey[];
  /** Overrides of DEFAULT_REQUEST_LIMITS. */
  limits?: Partial<RequestLimits>;
  /** __schema / __type queries; defaults to isDev. */
  introspection?: boolean;
  /** Where logs go; by default JSON lines on stdout from warn up. */
  logger?: Logger;
  /**
   * Browser origins allowed to call the API cross-site (e.g. https://factcheck.example). None (the default)
   * answers no CORS preflight, so only same-origin pages (GraphiQL) and non-browser clients get through.
   */
  corsOrigins?: readonly string[];
}

export interface Hardening {
  auth: Authenticator;
  limits: RequestLimits;
  logger: Logger;
  metrics: Metrics;
  /** Error details (message, stack) in responses: only in development on an open, loopback-only server. */
  showErrorDetails: boolean;
  plugins: Plugin[];
  /** Spread into createYoga's options. */
  yogaOptions: {
    /** false: yoga's own limit is replaced by useRequestBodyLimit. */
    maxRequestBodySize: false;
    logging: ReturnType<typeof yogaLogger>;
    renderGraphiQL: typeof renderLocalGraphiQL;
    cors: ReturnType<typeof corsFor>;
  };
  /** The GraphQL context of one request: the caller's identity from its Authorization header, and its name as actor. */
  requestContext(request: Request): RequestContext;
}

/**
 * yoga's default CORS answers every origin's preflight, which would let any web page a local user visits
 * drive an open (keyless, everyone-admin) server with JSON POSTs: CSRF prevention relies on preflights failing.
 */
function corsFor(origins: readonly string[]): false | ((request: Request) => false | CORSOptions) {
  if (origins.length === 0) return false;
  // Decided per request, so an unlisted origin gets no CORS headers at all (the library's list mode
  // would answer "null", which a sandboxed iframe's origin matches).
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !origins.includes(origin)) return false;
    return {
      origin,
      credentials: false,
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-graphql-yoga-csrf'],
      exposedHeaders: ['x-request-id'],
      methods: ['GET', 'POST'],
    };
  };
}

export function createHardening(app: AppContext, options: HardeningOptions = {}): Hardening {
  const isDev = options.isDev ?? false;
  const auth = new Authenticator(options.keys ?? []);
  const limits: RequestLimits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  const logger = options.logger ?? createLogger({ level: 'warn' });
  const metrics = new Metrics(app.store);
  const plugins: Plugin[] = [
    useGraphiQLAssets(),
    useMetrics(metrics, auth),
    useCsrfPrevention(),
    useRequestBodyLimit(limits.maxBodyBytes),
    ...armorPlugins(limits, { blockFieldSuggestions: !isDev }),
    ...((options.introspection ?? isDev) ? [] : [useDisableIntrospection() as Plugin]),
    useAuthorization(auth),
    useCompiledExecution(),
    useRequestTimeout(limits.timeoutMs),
    useRequestErrorCodes(),
  ];
  return {
    auth,
    limits,
    logger,
    metrics,
    showErrorDetails: isDev && auth.isOpen,
    plugins,
    yogaOptions: { maxRequestBodySize: false, logging: yogaLogger(logger), renderGraphiQL: renderLocalGraphiQL, cors: corsFor(options.corsOrigins ?? []) },
    requestContext(request) {
      const identity = auth.identify(request.headers.get('authorization'));
      const principal = principalOf(identity);
      if (principal) noteOnRequest({ actor: principal.name });
      // Anonymous and invalid callers cannot run anything (every operation needs at least viewer), so their actor is never recorded.
      return createRequestContext(app, { id: principal?.name ?? 'anonymous' }, identity);
    },
  };
}
