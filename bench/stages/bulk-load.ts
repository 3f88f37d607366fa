// Stage: bulk load through the app layer into a durable store (journal fsync per batch), beside the JSON-lines baseline.
import { generateGraph } from '../generator/index.js';
import { allConflicts, importAll, loadClaims, openApp, registerEntities } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { jsonlAppendRate } from '../lib/jsonl-baseline.js';
import { writePlan } from '../lib/plan-file.js';
import { checkPlanted } from '../lib/planted-check.js';
import { secondsSince, timed } from '../lib/stats.js';

export interface BulkLoadArgs {
  claims: number;
  dataDir: string;
  batchSize: number;
  /** addClaims: conflicts detected in every batch (the default); import: importClaims, one rescan at the end (timed with the load). */
  via?: 'addClaims' | 'import';
}

const args = stageArgs<BulkLoadArgs>();
const graph = generateGraph(args.claims);
const { store, app } = await openApp(args.dataDir, { fresh: true });

let start = performance.now();
await registerEntities(app, graph.entities);
const entitySeconds = secondsSince(start);

// CPU time too: on a busy machine it says what the load itself cost when the wall clock cannot.
const load = await timed(() => (args.via === 'import' ? importAll(app, graph.claims, args.batchSize) : loadClaims(app, graph.claims, args.batchSize)));
const ids = load.result;

const check = checkPlanted(graph.expectations, (position) => ids[position]!, await allConflicts(store));
await writePlan(args.dataDir, { claims: graph.claims.length, ids, expectations: graph.expectations });
start = performance.now();
await store.close();
const closeSeconds = secondsSince(start);

// Same inputs, same batches, same disk, same process: what durability alone costs.
const baseline = await jsonlAppendRate(`${args.dataDir}.baseline.jsonl`, graph.claims, args.batchSize);

report({
  claims: graph.claims.length,
  entities: graph.entities.length,
  entitySeconds,
  loadSeconds: load.seconds,
  claimsPerSecond: graph.claims.length / load.seconds,
  loadCpuSeconds: load.cpuSeconds,
  closeSeconds,
  baselinePerSecond: baseline.perSecond,
  baselineSyncs: baseline.syncs,
  check,
});
