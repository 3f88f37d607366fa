// Stage: the full conflict rescan over a data directory, or the naive pairwise baseline over N freshly loaded claims.
import { rescan } from '../../src/app/conflicts/rescan.js';
import { loadViews } from '../../src/app/conflicts/views.js';
import { SYSTEM_ACTOR } from '../../src/app/context.js';
import type { Claim } from '../../src/domain/model.js';
import { naiveConflicts } from '../baselines/naive-detector.js';
import { generateGraph } from '../generator/index.js';
import { loadClaims, openApp, registerEntities } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { readPlan } from '../lib/plan-file.js';
import { checkPlanted } from '../lib/planted-check.js';
import { secondsSince, timed } from '../lib/stats.js';

type RescanArgs = { mode: 'rescan'; dataDir: string } | { mode: 'naive'; claims: number };

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
  const graph = generateGraph(args.claims);
  const { store, app } = await openApp(null);
  await registerEntities(app, graph.entities);
  const ids = await loadClaims(app, graph.claims, 1000);
  const claims: Claim[] = [];
  for await (const batch of store.scanClaims(1000)) claims.push(...batch);
  const views = await loadViews(app, claims);
  const start = performance.now();
  const { findings, pairs } = naiveConflicts(views, (name) => app.registry.get(name));
  const seconds = secondsSince(start);
  // Sums over three or more claims are out of a pairwise detector's reach: it is held to the pairs alone.
  const pairwise = { ...graph.expectations, conflicts: graph.expectations.conflicts.filter((conflict) => conflict.positions.length === 2) };
  const check = checkPlanted(pairwise, (position) => ids[position]!, findings);
  report({ seconds, pairs, check });
}
