// The per-request limits of the GraphQL endpoint and their defaults (config.ts reads overrides from the environment).

export interface RequestLimits {
  /** Deepest selection nesting (introspection excluded). */
  maxDepth: number;
  /** Highest graphql-armor cost: objects 2, scalars 1, times 1.5 per level of depth. */
  maxCost: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most lexical tokens in one document (variables are not tokens: send big inputs as variables). */
  maxTokens: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Largest request body, refused from Content-Length before it is read, and while streaming without one. */
  maxBodyBytes: number;
  /** Longest a query or mutation may execute before it is aborted with request.timeout. */
  timeoutMs: number;
}

// Chosen so the README's queries and GraphiQL's introspection pass with room to spare, and a
// pathological query (deep, wide, aliased) does not; see docs/production.md.
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxDepth: 10,
  maxCost: 100_000,
  maxAliases: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  maxBodyBytes: 2 * 1024 * 1024,
  timeoutMs: 15_000,
};

/** Stable codes of refusals by a limit. */
export const LimitErrorCode = {
  Depth: 'request.depth_limit',
  Cost: 'request.cost_limit',
  Aliases: 'request.alias_limit',
  Tokens: 'request.token_limit',
  Directives: 'request.directive_limit',
  Timeout: 'request.timeout',
  Csrf: 'request.csrf',
} as const;
