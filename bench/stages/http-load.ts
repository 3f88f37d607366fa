// Stage: bulk load over HTTP (addClaims mutations of one batch each, two in flight) into a durable store, beside the JSON-lines baseline.
import { batches, generateGraph } from '../generator/index.js';
import { allConflicts, openApp } from '../lib/app.js';
import { report, stageArgs } from '../lib/child.js';
import { jsonlAppendRate } from '../lib/jsonl-baseline.js';
import { checkPlanted } from '../lib/planted-check.js';
import { graphql, inParallel, startServer } from '../lib/server-process.js';
import { secondsSince } from '../lib/stats.js';

interface HttpLoadArgs {
  claims: number;
  dataDir: string;
  batchSize: number;
  /** Requests in flight: a loader keeps the next batch on the wire while the server works on one. */
  concurrency: number;
}

const ADD_CLAIMS = 'mutation Add($input: [ClaimInput!]!) { addClaims(input: $input) { createdCount duplicateCount claims { id } } }';
const UPSERT_ENTITY = 'mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id } }';

const args = stageArgs<HttpLoadArgs>();
const graph = generateGraph(args.claims);
const server = await startServer({ mode: 'app', dataDir: args.dataDir, fresh: true });
let ids: string[] = [];
let loadSeconds = 0;
// The server's CPU time for the load (null off Linux): on a busy machine it says what the load cost when the
// wall clock cannot, and compares with the bulk-load stage's loadCpuSeconds (the same work without HTTP).
let serverCpuSeconds: number | null = null;
try {
  await inParallel(graph.entities, 4, (entity) => graphql(server.url, UPSERT_ENTITY, { input: entity }));
  const work = batches(graph.claims, args.batchSize);
  ids = new Array<string>(graph.claims.length);
  const cpuBefore = server.cpuMs();
  const start = performance.now();
  await inParallel(work, args.concurrency, async (batch, index) => {
    const data = await graphql<{ addClaims: { claims: Array<{ id: string }> } }>(server.url, ADD_CLAIMS, { input: batch });
    data.addClaims.claims.forEach((claim, i) => (ids[index * args.batchSize + i] = claim.id));
  });
  loadSeconds = secondsSince(start);
  const cpuAfter = server.cpuMs();
  if (cpuBefore !== null && cpuAfter !== null) serverCpuSeconds = (cpuAfter - cpuBefore) / 1000;
} finally {
  await server.stop();
}

const reopened = await openApp(args.dataDir);
const check = checkPlanted(graph.expectations, (position) => ids[position]!, await allConflicts(reopened.store));
await reopened.store.close();
const baseline = await jsonlAppendRate(`${args.dataDir}.baseline.jsonl`, graph.claims, args.batchSize);

report({ claims: graph.claims.length, loadSeconds, claimsPerSecond: graph.claims.length / loadSeconds, serverCpuSeconds, baselinePerSecond: baseline.perSecond, check });
