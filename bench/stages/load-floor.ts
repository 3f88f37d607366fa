// Stage: the bulk load with parts taken away, to show where its time goes: first the input check and claim
// building alone (each batch prepared as importClaims prepares it, nothing committed), then the whole import
// into a store that keeps nothing on disk (no journal, no fsync, no snapshots). The durable rows are beside it.
import { checkClaimInputs, prepareClaimWrite } from '../../src/app/add-claims.js';
import { SYSTEM_ACTOR } from '../../src/app/context.js';
import { batches, generateGraph } from '../generator/index.js';
import { allConflicts, importAll, openApp, registerEntities } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { checkPlanted } from '../lib/planted-check.js';
import { timed } from '../lib/stats.js';

export interface LoadFloorArgs {
  claims: number;
  batchSize: number;
}

const args = stageArgs<LoadFloorArgs>();
const graph = generateGraph(args.claims);

// Input check and claim building only: what every claim costs before the store sees it.
const building = await openApp(null);
await registerEntities(building.app, graph.entities);
const build = await timed(async () => {
  let built = 0;
  for (const batch of batches(graph.claims, args.batchSize)) {
    const options = { argument: 'claims', firstIndex: built };
    const inputs = checkClaimInputs(building.app, batch, options);
    const write = await building.app.writeLock.run(() => prepareClaimWrite(building.app, inputs, SYSTEM_ACTOR, options));
    built += write.result.claims.length;
  }
  return built;
});
if (build.result !== graph.claims.length) throw new Error(`built ${build.result} claims of ${graph.claims.length}`);
await building.store.close();

// The whole import (claims stored, one rescan at the end) into memory only.
const memory = await openApp(null);
await registerEntities(memory.app, graph.entities);
const load = await timed(() => importAll(memory.app, graph.claims, args.batchSize));
const check = checkPlanted(graph.expectations, (position) => load.result[position]!, await allConflicts(memory.store));

report({
  claims: graph.claims.length,
  buildPerSecond: graph.claims.length / build.seconds,
  buildCpuSeconds: build.cpuSeconds,
  memoryImportPerSecond: graph.claims.length / load.seconds,
  memoryImportCpuSeconds: load.cpuSeconds,
  check,
});
