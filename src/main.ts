// Entry point of the service: config, store, seed, GraphQL over HTTP, graceful shutdown.
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createLogger } from './api/observability/logger.js';
import { createHttpServer } from './api/server.js';
import { createAppContext, SYSTEM_ACTOR } from './app/context.js';
import { declarePredicate } from './app/declare-predicate.js';
import { appLimits, ConfigError, loadConfig, type Config } from './config.js';
import { loadSeedIfEmpty } from './seed/load-seed.js';
import { createStore } from './store/create-store.js';

// Before config is read, log in the development format; main() replaces it with the configured logger.
let logger = createLogger({ format: 'pretty' });
const log = (message: string, fields?: Record<string, unknown>): void => logger.info(message, fields);

/** Predicates from CLAIMGRAPH_PREDICATES_FILE (a JSON array), declared at start-up. */
async function declarePredicatesFromFile(config: Config, app: Awaited<ReturnType<typeof createAppContext>>): Promise<void> {
  if (!config.predicatesFile) return;
  const declared = JSON.parse(await readFile(config.predicatesFile, 'utf8')) as Array<Record<string, unknown>>;
  for (const definition of declared) {
    if (app.registry.get(String(definition.name))) continue;
    await declarePredicate(app, definition, SYSTEM_ACTOR);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger(config.log);
  const store = await createStore(config, (warning) => log(`warning: ${warning}`));
  await store.open();
  const app = await createAppContext(store, { limits: appLimits(config) });
  await declarePredicatesFromFile(config, app);
  const seeded = config.seed ? await loadSeedIfEmpty(app) : 0;
  const server = createHttpServer(app, {
    isDev: config.isDev,
    keys: config.keys,
    limits: config.requestLimits,
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    logger,
    exports: config.exports,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));

  // Handlers go in before the start-up line, so a supervisor that signals as soon as it reads it is obeyed.
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing in-flight requests and closing the store`);
    // In-flight requests finish; connections that fall idle after them are closed as they do, and
    // whatever is still open after the grace period (a stuck request, a subscription) is cut.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => {
      logger.warn(`shutdown grace period (${config.shutdownGraceMs} ms) over: closing the remaining connections`);
      server.closeAllConnections();
    }, config.shutdownGraceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      store.close().then(
        () => {
          log('stopped: store flushed and closed');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error('closing the store failed', { error });
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  const { port } = server.address() as AddressInfo;
  const counts = await store.counts();
  const where = store.name === 'memory' ? `memory store in ${config.dataDir}` : `neo4j store at ${config.neo4j.uri}`;
  const access = config.keys.length
    ? `${config.keys.length} API key${config.keys.length === 1 ? '' : 's'}`
    : `open: no API keys configured, so everyone is admin as 'local' (${config.openBehindLoopback ? 'behind a loopback-only port mapping' : 'loopback only'})`;
  log(`listening on http://${config.host}:${port}/graphql (${where}, ${counts.claims} claims${seeded ? `, ${seeded} seeded` : ''}); ${access}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`[claimgraph] ${error.message}`);
  else console.error('[claimgraph] failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
