// Stage: the full conflict rescan over a data directory, or the naive pairwise baseline over freshly loaded claims of each size given.
import { rescan } from '../../src/app/conflicts/rescan.js';
import { loadViews } from '../../src/app/conflicts/views.js';
import { SYSTEM_ACTOR } from '../../src/app/context.js';
import type { Claim } from '../../src/domain/model.js';
import { naiveConflicts } from '../baselines/naive-detector.js';
import { generateGraph } from '../generator/index.js';
import { loadClaims, openApp, registerEntities } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { readPlan } from '../lib/plan-file.js';
import { checkPlanted, type PlantedCheck } from '../lib/planted-check.js';
import { secondsSince, timed } from '../lib/stats.js';

type RescanArgs = { mode: 'rescan'; dataDir: string } | { mode: 'naive'; sizes: number[] };

/** Claims the naive detector compares, unmeasured, before it is timed. */
const NAIVE_WARMUP_CLAIMS = 1000;

const args = stageArgs<RescanArgs>();

if (args.mode === 'rescan') {
  const plan = await readPlan(args.dataDir);
  const { store, app } = await openApp(args.dataDir);
  // Opening leaves a gigabyte of fresh objects whose marking V8 would otherwise start, and charge, inside the
  // rescan: collect first so the figure is the rescan's own work (run.ts starts this stage with --expose-gc).
  globalThis.gc?.();
  const { result, seconds, cpuSeconds } = await timed(() => rescan(app, SYSTEM_ACTOR));
  const check = checkPlanted(plan.expectations, (position) => plan.ids[position]!, result.conflicts);
  await store.close();
  report({ seconds, cpuSeconds, scanned: result.scannedClaims, newCount: result.newCount, check });
} else {
  // Each size in turn, in one process: a process start costs more than a small size's whole measurement.
  const results: Array<{ claims: number; seconds: number; pairs: number; check: PlantedCheck }> = [];
  for (const claims of args.sizes) results.push({ claims, ...(await naiveRun(claims)) });
  report({ sizes: results });
}

/** Loads `claims` generated claims into a memory store and times the naive pairwise detector over all of them. */
async function naiveRun(claimCount: number) {
  const graph = generateGraph(claimCount);
  const { store, app } = await openApp(null);
  await registerEntities(app, graph.entities);
  const ids = await loadClaims(app, graph.claims, 1000);
  const claims: Claim[] = [];
  for await (const batch of store.scanClaims(1000)) claims.push(...batch);
  const views = await loadViews(app, claims);
  const lookup = (name: string) => app.registry.get(name);
  // Every size measured alike warm (JIT-compiled), whichever runs first in the process: an unmeasured pass first.
  naiveConflicts(views.slice(0, NAIVE_WARMUP_CLAIMS), lookup);
  // And on a heap cleared of what loading (and an earlier size) left, as the rescan mode is measured (--expose-gc).
  globalThis.gc?.();
  const start = performance.now();
  const { findings, pairs } = naiveConflicts(views, lookup);
  const seconds = secondsSince(start);
  // Sums over three or more claims are out of a pairwise detector's reach: it is held to the pairs alone.
  const pairwise = { ...graph.expectations, conflicts: graph.expectations.conflicts.filter((conflict) => conflict.positions.length === 2) };
  const check = checkPlanted(pairwise, (position) => ids[position]!, findings);
  await store.close();
  return { seconds, pairs, check };
}
