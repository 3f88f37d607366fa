// Stage: the query mix over HTTP with autocannon, against the service over a loaded store and against the static baseline.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { report, stageArgs } from '../lib/child.js';
import { startServer, type ServerProcess } from '../lib/server-process.js';
import { HAS_CLAIM_CONFLICTS, HAS_CONFLICT_LIST } from '../workloads/query-shapes.js';
import { mixRequests, recordAnswers, sampleVariables, verifySameAnswers, type MixRequest } from '../workloads/query-mix.js';

interface QueryMixArgs {
  dataDir: string;
  seconds: number;
  connections: number;
  /** Unmeasured load first, on each server alike, so both are measured warm (JIT-compiled, GC settled after the service's load). */
  warmupSeconds?: number;
  /**
   * Also measure bare yoga executing with graphql-jit, as the service does: the baseline is plain bare
   * yoga (graphql-js), and this second one shows what is left of the service's lead once both compile.
   */
  compiledBaseline?: boolean;
}

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  /**
   * The server's CPU time per request while measured (null off Linux). Throughput depends on what else
   * the machine runs at that moment, and the two servers are measured one after the other; CPU per
   * request moves far less with the load, so the two are best compared by this too.
   */
  serverCpuMsPerRequest: number | null;
}

async function hammer(server: ServerProcess, requests: readonly MixRequest[], args: QueryMixArgs): Promise<Figures> {
  const warmup = args.warmupSeconds ?? Math.min(3, args.seconds);
  if (warmup > 0) await load(server.url, requests, args.connections, warmup);
  const cpuBefore = server.cpuMs();
  const result = await load(server.url, requests, args.connections, args.seconds);
  const cpuAfter = server.cpuMs();
  return {
    serverCpuMsPerRequest: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

function load(url: string, requests: readonly MixRequest[], connections: number, seconds: number) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    requests: requests.map((request) => ({ method: 'POST', body: request.body })),
  });
}

const args = stageArgs<QueryMixArgs>();
const scratch = await mkdtemp(join(tmpdir(), 'claimgraph-query-mix-'));
const app = await startServer({ mode: 'app', dataDir: args.dataDir });
let service: Figures;
let baseline: Figures;
let compiledBaseline: Figures | null = null;
let requests: MixRequest[];
try {
  requests = mixRequests(await sampleVariables(app.url));
  // The baseline answers with the service's own answers, recorded here (see static-server.ts).
  const answers = join(scratch, 'answers.json');
  await writeFile(answers, JSON.stringify(await recordAnswers(app.url, requests)));
  const baselines: ServerProcess[] = [];
  try {
    const bare = await startServer({ mode: 'static', answers });
    baselines.push(bare);
    const compiled = args.compiledBaseline ? await startServer({ mode: 'static', answers, compiled: true }) : null;
    if (compiled) baselines.push(compiled);
    for (const server of baselines) await verifySameAnswers(app.url, server.url, requests);
    service = await hammer(app, requests, args);
    await app.stop();
    baseline = await hammer(bare, requests, args);
    if (compiled) compiledBaseline = await hammer(compiled, requests, args);
  } finally {
    for (const server of baselines) await server.stop();
  }
} finally {
  await app.stop();
  await rm(scratch, { recursive: true, force: true });
}
report({ service, baseline, compiledBaseline, shapes: [...new Set(requests.map((r) => r.name))], claimConflicts: HAS_CLAIM_CONFLICTS, conflictList: HAS_CONFLICT_LIST });
