// Stage: restart (snapshot + journal replay) of a data directory, then memory after a full gc: RSS, heap, bytes per claim.
import { report, stageArgs } from '../lib/child.js';
import { openApp } from '../lib/app.js';
import { decodeFloor } from '../lib/parse-floor.js';
import { timed } from '../lib/stats.js';

interface RestartArgs {
  dataDir: string;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run this stage with --expose-gc');
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Opens the store, measures, closes it; nothing of it is reachable afterwards. */
async function restart(dataDir: string) {
  gc!();
  const before = process.memoryUsage();
  const opened = await timed(() => openApp(dataDir));
  const { store } = opened.result;
  const [restartSeconds, restartCpuSeconds] = [opened.seconds, opened.cpuSeconds];
  const counts = await store.counts();
  // Twice: the first pass can leave work for finalizers that only a second one collects.
  gc!();
  gc!();
  const after = process.memoryUsage();
  await store.close();
  return {
    restartSeconds,
    restartCpuSeconds,
    counts,
    rssMiB: mib(after.rss),
    heapUsedMiB: mib(after.heapUsed),
    externalMiB: mib(after.external),
    baselineRssMiB: mib(before.rss),
    bytesPerClaim: Math.round((after.heapUsed - before.heapUsed) / Math.max(1, counts.claims)),
  };
}

const args = stageArgs<RestartArgs>();
const measured = await restart(args.dataDir);
// The format's floor on an empty heap, as the restart had (a gigabyte of live state would make its GCs slow),
// and after it, so both find the files in the page cache.
gc();
gc();
const parseFloor = await decodeFloor(args.dataDir);
report({ ...measured, ...parseFloor });
