// Stage: restart (snapshot + journal replay) of a data directory, then memory after a full gc: RSS, heap, bytes per claim.
import { report, stageArgs } from '../lib/child.js';
import { openApp } from '../lib/app.js';
import { decodeFloor } from '../lib/parse-floor.js';
import { secondsSince } from '../lib/stats.js';

interface RestartArgs {
  dataDir: string;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run this stage with --expose-gc');

const args = stageArgs<RestartArgs>();
gc();
const before = process.memoryUsage();
const start = performance.now();
const { store } = await openApp(args.dataDir);
const restartSeconds = secondsSince(start);
const counts = await store.counts();
// Twice: the first pass can leave work for finalizers that only a second one collects.
gc();
gc();
const after = process.memoryUsage();
await store.close();

// The format's floor, read after the restart so both find the files in the page cache.
const parseFloor = await decodeFloor(args.dataDir);

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
report({
  restartSeconds,
  counts,
  rssMiB: mib(after.rss),
  heapUsedMiB: mib(after.heapUsed),
  externalMiB: mib(after.external),
  baselineRssMiB: mib(before.rss),
  bytesPerClaim: Math.round((after.heapUsed - before.heapUsed) / Math.max(1, counts.claims)),
  ...parseFloor,
});
