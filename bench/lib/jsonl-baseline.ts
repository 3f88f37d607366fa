// The disk's limit for a durable bulk load: the same inputs appended as JSON lines, one write and one fdatasync per batch.
import { open, rm } from 'node:fs/promises';
import { batches } from '../generator/index.js';

/** Claims per second of appending `records` to `path` in batches of `batchSize`, each batch synced before the next. */
export async function jsonlAppendRate(path: string, records: readonly unknown[], batchSize: number): Promise<{ perSecond: number; seconds: number; syncs: number }> {
  const handle = await open(path, 'w');
  const start = performance.now();
  let syncs = 0;
  try {
    for (const batch of batches(records, batchSize)) {
      await handle.write(batch.map((record) => JSON.stringify(record)).join('\n') + '\n');
      await handle.datasync();
      syncs++;
    }
  } finally {
    await handle.close();
  }
  const seconds = (performance.now() - start) / 1000;
  await rm(path, { force: true });
  return { perSecond: records.length / seconds, seconds, syncs };
}
