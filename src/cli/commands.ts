// The registry of CLI subcommands; each opens the configured store, does one job, closes it.
import { parseArgs } from 'node:util';
import { createAppContext, type AppContext } from '../app/context.js';
import { appLimits, loadConfig, type Config } from '../config.js';
import { loadSeedIfEmpty } from '../seed/load-seed.js';
import { createStore } from '../store/create-store.js';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

/** Opens the store the environment names, runs `work`, and always closes the store. */
export async function withApp<T>(work: (app: AppContext, config: Config) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const config = loadConfig(env);
  const store = await createStore(config, (warning) => console.error(`warning: ${warning}`));
  await store.open();
  try {
    return await work(await createAppContext(store, { limits: appLimits(config) }), config);
  } finally {
    await store.close();
  }
}

const stats: Command = {
  summary: 'print how much the configured store holds',
  async run() {
    await withApp(async (app, config) => {
      const counts = await app.store.counts();
      console.log(`${app.store.name} store (${app.store.name === 'memory' ? config.dataDir : config.neo4j.uri})`);
      for (const [kind, count] of Object.entries(counts)) console.log(`  ${kind.padEnd(10)} ${count}`);
    });
    return 0;
  },
};

const seed: Command = {
  summary: "load the seed article's claims into an empty store",
  async run() {
    const added = await withApp((app) => loadSeedIfEmpty(app));
    console.log(added > 0 ? `seeded ${added} claims` : 'the store is not empty: nothing seeded');
    return 0;
  },
};

const migrateCommand: Command = {
  summary: 'copy everything from the embedded data directory into Neo4j (--to neo4j)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { to: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help || values.to !== 'neo4j') {
      console.log('usage: claimgraph migrate --to neo4j [--from DATA_DIR]\n\nReads CLAIMGRAPH_DATA_DIR (or --from) and writes into NEO4J_URI; safe to run again.');
      return values.help ? 0 : 2;
    }
    const { runMigrateCommand } = await import('./migrate-command.js');
    return runMigrateCommand(values.from ?? null);
  },
};

const exportCommand: Command = {
  summary: 'write ClaimReview JSON-LD, claims CSV or a Markdown fact-check report (claimreview|csv|report)',
  async run(args) {
    const { runExportCommand } = await import('./export-command.js');
    return runExportCommand(args);
  },
};

const keysCommand: Command = {
  summary: 'mint an API key (keys new --name NAME --role ROLE) or hash one (keys hash KEY)',
  async run(args) {
    const { runKeysCommand } = await import('./keys-command.js');
    return runKeysCommand(args);
  },
};

const ingestCommand: Command = {
  summary: 'read article files (or folders of them) into candidate claims: ingest FILE|DIR... --url URL',
  async run(args) {
    const { runIngestCommand } = await import('./ingest-command.js');
    return runIngestCommand(args);
  },
};

const importCommand: Command = {
  summary: 'load claims from a JSON-lines file in durable batches; conflicts detected once at the end',
  async run(args) {
    const { runImportCommand } = await import('./import-command.js');
    return runImportCommand(args);
  },
};

export const COMMANDS: Record<string, Command> = {
  stats,
  seed,
  migrate: migrateCommand,
  export: exportCommand,
  keys: keysCommand,
  ingest: ingestCommand,
  import: importCommand,
};
