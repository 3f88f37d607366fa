// The service's configuration: every environment variable validated in one place; all problems reported at once.
import { z } from 'zod';
import { duplicateProblems, parseKeysEnv, type ApiKey } from './api/auth/api-keys.js';
import { isLoopback, readKeysFile } from './api/auth/keys-config.js';
import { DEFAULT_REQUEST_LIMITS } from './api/limits/request-limits.js';
import { LOG_LEVELS } from './api/observability/logger.js';
import { DEFAULT_LIMITS, type Limits } from './app/context.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Keys as loaded by a transform: every problem becomes an issue on the variable that caused it. */
const keysFrom = (load: (value: string) => { keys: ApiKey[]; problems: string[] }) =>
  z.string().transform((value, context) => {
    const { keys, problems } = load(value);
    for (const problem of problems) context.issues.push({ code: 'custom', message: problem, input: value });
    return keys;
  });

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Loopback by default; the compose file sets 0.0.0.0 inside its container. */
    HOST: z.string().min(1).default('127.0.0.1'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    CLAIMGRAPH_STORE: z.enum(['memory', 'neo4j']).optional(),
    CLAIMGRAPH_DATA_DIR: z.string().min(1).default('./data'),
    CLAIMGRAPH_SEED: bool.default(true),
    CLAIMGRAPH_PREDICATES_FILE: z.string().min(1).optional(),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'must be a neo4j:// or bolt:// URI')
      .optional(),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    // Access: see docs/production.md. No keys at all means an open server, allowed on loopback only.
    CLAIMGRAPH_KEYS_FILE: keysFrom(readKeysFile).optional(),
    CLAIMGRAPH_API_KEYS: keysFrom(parseKeysEnv).optional(),
    /**
     * Lets an open (keyless) server bind a non-loopback HOST. Only for a container whose port is published on
     * the host's loopback alone (docker compose maps 127.0.0.1:4000), where the container must listen on 0.0.0.0.
     */
    CLAIMGRAPH_OPEN_BEHIND_LOOPBACK: bool.default(false),
    // Request limits (defaults in src/api/limits/request-limits.ts).
    CLAIMGRAPH_MAX_DEPTH: positiveInt(DEFAULT_REQUEST_LIMITS.maxDepth),
    CLAIMGRAPH_MAX_COST: positiveInt(DEFAULT_REQUEST_LIMITS.maxCost),
    CLAIMGRAPH_MAX_ALIASES: positiveInt(DEFAULT_REQUEST_LIMITS.maxAliases),
    CLAIMGRAPH_MAX_TOKENS: positiveInt(DEFAULT_REQUEST_LIMITS.maxTokens),
    CLAIMGRAPH_MAX_DIRECTIVES: positiveInt(DEFAULT_REQUEST_LIMITS.maxDirectives),
    CLAIMGRAPH_MAX_BODY_BYTES: positiveInt(DEFAULT_REQUEST_LIMITS.maxBodyBytes),
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: positiveInt(DEFAULT_REQUEST_LIMITS.timeoutMs),
    /** Most claims in one addClaims call or one ingest. */
    CLAIMGRAPH_MAX_BATCH: positiveInt(1_000),
    /** How long shutdown waits for in-flight requests (and open subscriptions) before closing their connections. */
    CLAIMGRAPH_SHUTDOWN_GRACE_MS: positiveInt(10_000),
    CLAIMGRAPH_INTROSPECTION: bool.optional(),
    /** Comma-separated browser origins allowed cross-site; none by default. */
    CLAIMGRAPH_CORS_ORIGINS: z
      .string()
      .transform((text) => text.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s*]+$/, 'each origin is scheme://host[:port], e.g. https://factcheck.example')))
      .optional(),
    /** Who publishes the verdicts: ClaimReview.author in exports. */
    CLAIMGRAPH_PUBLISHER_NAME: z.string().trim().min(1).default('claimgraph'),
    CLAIMGRAPH_PUBLISHER_URL: z.string().url().optional(),
    /** The service's public base URL, for links in exports; by default the origin each request came to. */
    CLAIMGRAPH_PUBLIC_URL: z.string().url().optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    isDev: env.NODE_ENV !== 'production',
    store: env.CLAIMGRAPH_STORE ?? (env.NEO4J_URI ? ('neo4j' as const) : ('memory' as const)),
    dataDir: env.CLAIMGRAPH_DATA_DIR,
    seed: env.CLAIMGRAPH_SEED,
    predicatesFile: env.CLAIMGRAPH_PREDICATES_FILE ?? null,
    neo4j: { uri: env.NEO4J_URI ?? null, username: env.NEO4J_USERNAME, password: env.NEO4J_PASSWORD ?? null, database: env.NEO4J_DATABASE },
    keys: [...(env.CLAIMGRAPH_KEYS_FILE ?? []), ...(env.CLAIMGRAPH_API_KEYS ?? [])],
    requestLimits: {
      maxDepth: env.CLAIMGRAPH_MAX_DEPTH,
      maxCost: env.CLAIMGRAPH_MAX_COST,
      maxAliases: env.CLAIMGRAPH_MAX_ALIASES,
      maxTokens: env.CLAIMGRAPH_MAX_TOKENS,
      maxDirectives: env.CLAIMGRAPH_MAX_DIRECTIVES,
      maxBodyBytes: env.CLAIMGRAPH_MAX_BODY_BYTES,
      timeoutMs: env.CLAIMGRAPH_REQUEST_TIMEOUT_MS,
    },
    maxBatchSize: env.CLAIMGRAPH_MAX_BATCH,
    openBehindLoopback: env.CLAIMGRAPH_OPEN_BEHIND_LOOPBACK,
    shutdownGraceMs: env.CLAIMGRAPH_SHUTDOWN_GRACE_MS,
    introspection: env.CLAIMGRAPH_INTROSPECTION ?? env.NODE_ENV !== 'production',
    corsOrigins: env.CLAIMGRAPH_CORS_ORIGINS ?? [],
    exports: { publisher: { name: env.CLAIMGRAPH_PUBLISHER_NAME, url: env.CLAIMGRAPH_PUBLISHER_URL ?? null }, publicUrl: env.CLAIMGRAPH_PUBLIC_URL ?? null },
    log: { level: env.LOG_LEVEL, format: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? ('json' as const) : ('pretty' as const)) },
  }))
  .superRefine((config, context) => {
    // Without keys everyone is admin: acceptable only where nobody else can connect.
    if (config.keys.length === 0 && !isLoopback(config.host) && !config.openBehindLoopback) {
      context.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `${config.host} is not loopback, and no API keys are configured (CLAIMGRAPH_KEYS_FILE or CLAIMGRAPH_API_KEYS): an open server may only listen on 127.0.0.1`,
      });
    }
    for (const problem of duplicateProblems(config.keys)) context.addIssue({ code: 'custom', path: ['CLAIMGRAPH_API_KEYS'], message: problem });
    if (config.store === 'neo4j' && !config.neo4j.uri) {
      context.addIssue({ code: 'custom', path: ['NEO4J_URI'], message: 'is required when CLAIMGRAPH_STORE=neo4j' });
    }
    if (config.store === 'neo4j' && !config.neo4j.password) {
      context.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required with the neo4j store' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads the environment; throws ConfigError naming every bad variable (never their secret values). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ConfigSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
}

/** The use cases' limits as configured: the server and the command line obey the same CLAIMGRAPH_MAX_BATCH. */
export function appLimits(config: Config): Limits {
  return { ...DEFAULT_LIMITS, maxBatchSize: config.maxBatchSize };
}
