// `claimgraph migrate --to neo4j`: copies the embedded data directory into the configured Neo4j, with progress.
import { loadConfig } from '../config.js';
import { createStore } from '../store/create-store.js';
import type { StoreCounts } from '../store/port.js';
import { describeCopied, migrate } from './migrate.js';

function countsTable(source: StoreCounts, target: StoreCounts): string {
  const rows = (Object.keys(source) as Array<keyof StoreCounts>).map(
    (kind) => `  ${kind.padEnd(10)} ${String(source[kind]).padStart(10)} ${String(target[kind]).padStart(10)}`,
  );
  return [`  ${'kind'.padEnd(10)} ${'embedded'.padStart(10)} ${'neo4j'.padStart(10)}`, ...rows].join('\n');
}

export async function runMigrateCommand(fromDir: string | null): Promise<number> {
  const config = loadConfig({ ...process.env, CLAIMGRAPH_STORE: 'neo4j' });
  const dataDir = fromDir ?? config.dataDir;
  const target = await createStore(config, (warning) => console.error(`warning: ${warning}`));
  await target.open();
  try {
    console.error(`copying ${dataDir} into ${config.neo4j.uri} (database ${config.neo4j.database})`);
    const result = await migrate({
      dataDir,
      target,
      onProgress: ({ copied }) => process.stderr.write(`\r  copied ${describeCopied(copied)}   `),
      onWarning: (warning) => console.error(`\nwarning: ${warning}`),
    });
    process.stderr.write('\n');
    console.log(`copied ${describeCopied(result.copied) || 'nothing new'}\n${countsTable(result.source, result.target)}`);
    return 0;
  } finally {
    await target.close();
  }
}
