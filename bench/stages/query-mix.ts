// Stage: the query mix over HTTP with autocannon, against the service over a loaded store and against the static baseline.
import autocannon from 'autocannon';
import { report, stageArgs } from '../lib/child.js';
import { startServer } from '../lib/server-process.js';
import { HAS_CLAIM_CONFLICTS, HAS_CONFLICT_LIST } from '../workloads/query-shapes.js';
import { mixRequests, sampleVariables, verifyShapes, type MixRequest } from '../workloads/query-mix.js';

interface QueryMixArgs {
  dataDir: string;
  seconds: number;
  connections: number;
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
}

async function hammer(url: string, requests: readonly MixRequest[], args: QueryMixArgs): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: args.connections,
    duration: args.seconds,
    requests: requests.map((request) => ({ method: 'POST', body: request.body })),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

const args = stageArgs<QueryMixArgs>();
const app = await startServer({ mode: 'app', dataDir: args.dataDir });
let service: Figures;
let requests: MixRequest[];
try {
  requests = mixRequests(await sampleVariables(app.url));
  await verifyShapes(app.url, requests);
  service = await hammer(app.url, requests, args);
} finally {
  await app.stop();
}
const bare = await startServer({ mode: 'static' });
let baseline: Figures;
try {
  await verifyShapes(bare.url, requests);
  baseline = await hammer(bare.url, requests, args);
} finally {
  await bare.stop();
}
report({ service, baseline, shapes: [...new Set(requests.map((r) => r.name))], claimConflicts: HAS_CLAIM_CONFLICTS, conflictList: HAS_CONFLICT_LIST });
