// The service's configuration: every environment variable validated in one place; all problems reported at once.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

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
  }))
  .superRefine((config, context) => {
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
