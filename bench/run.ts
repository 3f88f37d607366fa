// The bench runner: each workload in child processes, medians over runs beside same-run baselines and the targets.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStage, runStagesFrom, stopRunningStages } from './lib/child.js';
import { compileTree, treeRunsOnThisNode } from './lib/compiled-tree.js';
import { commandLine, describeCheckout } from './lib/provenance.js';
import { describeMachine, machineInfo } from './lib/machine.js';
import type { PlantedCheck } from './lib/planted-check.js';
import { median } from './lib/stats.js';
import { fmt, renderTable, type Row } from './lib/table.js';
import { planFor } from './plan.js';
import { TARGETS } from './targets.js';

const args = process.argv.slice(2);
const plan = planFor(args);
const machine = machineInfo();
const startedAt = new Date();
const checkout = describeCheckout();
console.log(`claimgraph bench (${plan.name}) on ${describeMachine(machine)}, at ${checkout}, ${startedAt.toISOString()}`);

// Other work on the machine makes timings noisy: the highest 1-minute load average seen goes in the report.
let peakLoad = loadavg()[0]!;
const loadSampler = setInterval(() => (peakLoad = Math.max(peakLoad, loadavg()[0]!)), 5000);

// Stages start from JavaScript transpiled once here, not under tsx: see compiled-tree.ts for why, and for which do not.
const tree = treeRunsOnThisNode() ? await compileTree() : null;
if (!tree) console.error(`Node ${process.versions.node}: stages run under tsx (the transpiled tree needs Node 20.18.3 or later)`);
runStagesFrom(tree?.dir ?? null);
const root = await mkdtemp(join(tmpdir(), 'claimgraph-bench-'));
// Stopped by Ctrl-C or a timeout's SIGTERM, the run still removes its data and its tree (the finally below does not run then).
const removeScratch = () => {
  rmSync(root, { recursive: true, force: true });
  if (tree) rmSync(tree.dir, { recursive: true, force: true });
};
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    stopRunningStages();
    removeScratch();
    process.exit(code);
  });
}
const rows: Row[] = [];
const checks: Array<{ stage: string; check: PlantedCheck }> = [];
const largest = Math.max(...plan.sizes);
/** For the targets that name a size: a quick run's 10k rows say nothing about 1M, so they are info, not PASS or MISS. */
const verdict = (ok: boolean, size: number): Row['verdict'] => (size >= TARGETS.judgedAtClaims ? (ok ? 'PASS' : 'MISS') : 'info');

/** What the query mix reports for each server it measures. */
interface MixFigures {
  requestsPerSecond: number;
  p99: number;
  serverCpuMsPerRequest: number | null;
}

/** The median of figures a stage reports only where /proc is readable (null elsewhere): text for the table, or ''. */
function cpuNote(values: Array<number | null | undefined>, format: (n: number) => string): string {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length === values.length && known.length > 0 ? format(median(known)) : '';
}

async function repeat<T>(label: string, times: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    process.stderr.write(`  ${label} run ${i + 1}/${times}`);
    results.push(await run(i));
    process.stderr.write(`: ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
  }
  return results;
}

/**
 * CPU seconds of a load, per claim, and the rate that much CPU allows with every core of this machine busy on
 * it and nothing lost to waiting or handing work over: a ceiling no scheduling of the same work can pass.
 */
function cpuPerClaim(cpuSeconds: number, claims: number): string {
  const micros = (cpuSeconds * 1e6) / claims;
  return `${fmt.seconds(cpuSeconds)} of CPU (${fmt.int(micros)} µs a claim: at most ${fmt.perSecond((machine.cores * 1e6) / micros)} on ${machine.cores} cores)`;
}

/** The load with parts taken away (claim building alone; the import into memory only), plan.runs times: two rows. */
async function loadFloorRows(size: number): Promise<void> {
  const label = fmt.size(size);
  const floors = await repeat(`load floor ${label}`, plan.runs, () =>
    runStage<{ buildPerSecond: number; buildCpuSeconds: number; memoryImportPerSecond: number; memoryImportCpuSeconds: number; check: PlantedCheck }>('load-floor', { claims: size, batchSize: plan.batchSize }),
  );
  floors.forEach((floor) => checks.push({ stage: `memory-only import ${label}`, check: floor.check }));
  const parts: Array<[string, number[], number[]]> = [
    ['bulk load floor: input check and claim building only, nothing stored', floors.map((f) => f.buildPerSecond), floors.map((f) => f.buildCpuSeconds)],
    ['bulk import into memory only (no journal, fsync or snapshot), one rescan at the end', floors.map((f) => f.memoryImportPerSecond), floors.map((f) => f.memoryImportCpuSeconds)],
  ];
  for (const [workload, rates, cpuSeconds] of parts) {
    rows.push({
      workload,
      size: label,
      value: fmt.perSecond(median(rates)),
      runs: String(floors.length),
      baseline: `used ${cpuPerClaim(median(cpuSeconds), size)}`,
      ratio: '',
      target: `>= ${fmt.int(TARGETS.bulkLoadPerSecond)}/s at 1M (durable)`,
      verdict: 'info',
    });
  }
}

/** Loads `size` claims into `dir` through `via`, plan.runs times, and adds its row (and planted checks). */
async function bulkLoadRow(workload: string, size: number, dir: string, via: 'addClaims' | 'import'): Promise<void> {
  const label = fmt.size(size);
  const stage = via === 'import' ? `bulk import ${label}` : `bulk load ${label}`;
  const loads = await repeat(stage, plan.runs, () =>
    runStage<{ claimsPerSecond: number; baselinePerSecond: number; loadCpuSeconds: number; check: PlantedCheck }>('bulk-load', { claims: size, dataDir: dir, batchSize: plan.batchSize, via }),
  );
  loads.forEach((load) => checks.push({ stage, check: load.check }));
  const rate = median(loads.map((l) => l.claimsPerSecond));
  const diskRate = median(loads.map((l) => l.baselinePerSecond));
  rows.push({
    workload,
    size: label,
    value: fmt.perSecond(rate),
    runs: String(loads.length),
    baseline: `${fmt.perSecond(diskRate)} JSON lines + fdatasync; load used ${cpuPerClaim(median(loads.map((l) => l.loadCpuSeconds)), size)}`,
    ratio: fmt.ratio(rate / diskRate),
    target: `>= ${fmt.int(TARGETS.bulkLoadPerSecond)}/s at 1M`,
    verdict: verdict(rate >= TARGETS.bulkLoadPerSecond, size),
  });
}

try {
  for (const size of plan.sizes) {
    const dataDir = join(root, `claims-${size}`);
    const label = fmt.size(size);
    console.error(`- ${label} claims`);

    // ---- bulk load through the app layer, durable: addClaims (detection in every batch), then importClaims
    // (the same durable batches, conflicts found by one rescan at the end, timed with the load)
    await bulkLoadRow('bulk load, app layer, journal fsync per 1,000', size, dataDir, 'addClaims');
    const importDir = `${dataDir}-import`;
    await bulkLoadRow('bulk import, app layer, fsync per 1,000, one rescan at the end', size, importDir, 'import');
    await rm(importDir, { recursive: true, force: true });
    await loadFloorRows(size);

    // ---- restart and memory
    const restarts = await repeat(`restart ${label}`, plan.runs, () =>
      runStage<{ restartSeconds: number; restartCpuSeconds: number; rssMiB: number; heapUsedMiB: number; bytesPerClaim: number; parseFloorSeconds: number; dataBytes: number; snapshotFormat: string }>('restart', { dataDir }, { exposeGc: true, asTheServiceRuns: true }),
    );
    const restartSeconds = median(restarts.map((r) => r.restartSeconds));
    const parseFloor = median(restarts.map((r) => r.parseFloorSeconds));
    const rssMB = median(restarts.map((r) => r.rssMiB)) * 1.048576;
    rows.push({
      workload: 'restart (snapshot + journal replay)',
      size: label,
      value: fmt.seconds(restartSeconds),
      runs: String(restarts.length),
      baseline: `${fmt.seconds(parseFloor)} to read and decode the ${fmt.int(restarts[0]!.dataBytes / 1e6)} MB (${restarts[0]!.snapshotFormat}), nothing applied; the open used ${fmt.seconds(median(restarts.map((r) => r.restartCpuSeconds)))} of CPU`,
      ratio: fmt.ratio(restartSeconds / parseFloor),
      target: `<= ${TARGETS.restartSeconds} s at 1M`,
      verdict: verdict(restartSeconds <= TARGETS.restartSeconds, size),
    });
    rows.push({
      workload: 'memory after restart and gc (RSS)',
      size: label,
      value: `${fmt.int(rssMB)} MB`,
      runs: String(restarts.length),
      baseline: `heap ${fmt.int(median(restarts.map((r) => r.heapUsedMiB)) * 1.048576)} MB, ${fmt.int(median(restarts.map((r) => r.bytesPerClaim)))} B/claim`,
      ratio: '',
      target: `<= ${fmt.int(TARGETS.rssMB)} MB at 1M`,
      verdict: verdict(rssMB <= TARGETS.rssMB, size),
    });

    // ---- full rescan
    const scans = await repeat(`rescan ${label}`, plan.runs, () => runStage<{ seconds: number; cpuSeconds: number; check: PlantedCheck }>('rescan', { mode: 'rescan', dataDir }, { exposeGc: true }));
    scans.forEach((scan) => checks.push({ stage: `rescan ${label}`, check: scan.check }));
    const scanSeconds = median(scans.map((s) => s.seconds));
    const scanCpu = median(scans.map((s) => s.cpuSeconds));
    rows.push({ workload: 'full conflict rescan', size: label, value: fmt.seconds(scanSeconds), runs: String(scans.length), baseline: `${fmt.seconds(scanCpu)} of CPU; naive rows below`, ratio: '', target: `<= ${TARGETS.rescanSeconds} s at 1M`, verdict: verdict(scanSeconds <= TARGETS.rescanSeconds, size) });

    // ---- incremental detection inside a write
    const increments = await repeat(`incremental ${label}`, plan.runs, (run) =>
      runStage<{ detectP50: number; detectP99: number; detectP99WithWarmup: number; writeP50: number; writeP99: number; check: PlantedCheck }>('incremental', {
        dataDir,
        samples: plan.incrementalSamples,
        warmup: plan.incrementalWarmup,
        run,
      }),
    );
    increments.forEach((increment) => checks.push({ stage: `incremental ${label}`, check: increment.check }));
    const detectP99 = median(increments.map((i) => i.detectP99));
    rows.push({
      workload: 'incremental detection in a write, p99 per claim',
      size: label,
      value: fmt.ms(detectP99),
      runs: `${increments.length}×${plan.incrementalSamples}`,
      baseline:
        `p50 ${fmt.ms(median(increments.map((i) => i.detectP50)))}; whole write p99 ${fmt.ms(median(increments.map((i) => i.writeP99)))}; ` +
        `after ${plan.incrementalWarmup} uncounted warm-up writes (p99 with them counted: ${fmt.ms(median(increments.map((i) => i.detectP99WithWarmup)))})`,
      ratio: '',
      target: `<= ${TARGETS.incrementalP99Ms} ms at 1M`,
      verdict: verdict(detectP99 <= TARGETS.incrementalP99Ms, size),
    });

    if (size === plan.sizes[0]) {
      // ---- store calls per request: a property of the code, measured once on the smallest graph
      const calls = await runStage<{ rows: Array<{ shape: string; small: { calls: number; items: number }; large: { calls: number; items: number } }> }>('store-calls', { dataDir, small: 5, large: 200 });
      for (const row of calls.rows) {
        rows.push({
          workload: `store calls per request: ${row.shape}`,
          size: label,
          value: `${row.small.calls} calls for ${row.small.items} items; ${row.large.calls} for ${row.large.items}`,
          runs: '1',
          baseline: '',
          ratio: '',
          target: 'same count for any page size',
          verdict: row.small.calls === row.large.calls ? 'PASS' : 'MISS',
        });
      }
    }

    if (size === largest) {
      // ---- query mix over HTTP against the static baseline
      const mixes = await repeat(`query mix ${label}`, plan.serverRuns, () =>
        runStage<{ service: MixFigures & { non2xx: number; errors: number }; baseline: MixFigures; compiledBaseline: MixFigures | null; shapes: string[] }>('query-mix', {
          dataDir,
          seconds: plan.queryMixSeconds,
          warmupSeconds: plan.queryMixWarmupSeconds,
          connections: plan.queryMixConnections,
          compiledBaseline: plan.queryMixCompiledBaseline,
        }),
      );
      const rps = median(mixes.map((m) => m.service.requestsPerSecond));
      const baseRps = median(mixes.map((m) => m.baseline.requestsPerSecond));
      const p99 = median(mixes.map((m) => m.service.p99));
      const failures = mixes.reduce((sum, m) => sum + m.service.non2xx + m.service.errors, 0);
      const shapes = mixes[0]?.shapes.join(', ') ?? '';
      const compiled = mixes.every((m) => m.compiledBaseline) ? mixes.map((m) => m.compiledBaseline!) : [];
      const compiledNote = compiled.length
        ? `; bare yoga with graphql-jit, the service's executor: ${fmt.int(median(compiled.map((c) => c.requestsPerSecond)))} req/s (the service at ${fmt.ratio(rps / median(compiled.map((c) => c.requestsPerSecond)))})${cpuNote(compiled.map((c) => c.serverCpuMsPerRequest), (ms) => `, ${fmt.int(ms * 1000)} µs/request`)}`
        : '';
      rows.push({ workload: `query mix over HTTP (${shapes}): throughput`, size: label, value: `${fmt.int(rps)} req/s`, runs: String(mixes.length), baseline: `${fmt.int(baseRps)} req/s bare yoga, static data${cpuNote(mixes.map((m) => m.service.serverCpuMsPerRequest), (ms) => `; server CPU ${fmt.int(ms * 1000)} µs/request`)}${cpuNote(mixes.map((m) => m.baseline.serverCpuMsPerRequest), (ms) => ` vs ${fmt.int(ms * 1000)} bare`)}${compiledNote}`, ratio: fmt.ratio(rps / baseRps), target: `>= ${TARGETS.queryMixShare * 100}% of baseline`, verdict: rps >= TARGETS.queryMixShare * baseRps && failures === 0 ? 'PASS' : 'MISS' });
      rows.push({ workload: 'query mix over HTTP: p99 latency', size: label, value: fmt.ms(p99), runs: String(mixes.length), baseline: `${fmt.ms(median(mixes.map((m) => m.baseline.p99)))} bare yoga`, ratio: '', target: `<= ${TARGETS.queryMixP99Ms} ms`, verdict: p99 <= TARGETS.queryMixP99Ms ? 'PASS' : 'MISS' });
    }
    await rm(dataDir, { recursive: true, force: true });
  }

  // ---- naive pairwise detector, to show how it grows next to the rescan
  const naiveRuns = await repeat(`naive detector ${plan.naiveSizes.map(fmt.size).join(' and ')}`, plan.runs, () =>
    runStage<{ sizes: Array<{ claims: number; seconds: number; pairs: number; check: PlantedCheck }> }>('rescan', { mode: 'naive', sizes: plan.naiveSizes }, { exposeGc: true }),
  );
  plan.naiveSizes.forEach((size, index) => {
    const naive = naiveRuns.map((run) => run.sizes[index]!);
    naive.forEach((n) => checks.push({ stage: `naive ${fmt.size(size)}`, check: n.check }));
    rows.push({ workload: 'naive pairwise detector (baseline)', size: fmt.size(size), value: fmt.seconds(median(naive.map((n) => n.seconds))), runs: String(naive.length), baseline: `${fmt.int(naive[0]!.pairs)} pairs; held to the ${naive[0]!.check.planted} planted conflicts of two claims (a sum over three is beyond any pair)`, ratio: '', target: '', verdict: 'info' });
  });

  // ---- bulk load over HTTP
  const httpDir = join(root, 'http');
  const https = await repeat(`http load ${fmt.size(plan.httpSize)}`, plan.serverRuns, () =>
    runStage<{ claimsPerSecond: number; baselinePerSecond: number; serverCpuSeconds: number | null; check: PlantedCheck }>('http-load', { claims: plan.httpSize, dataDir: httpDir, batchSize: plan.batchSize, concurrency: 2 }, { asTheServiceRuns: true }),
  );
  https.forEach((h) => checks.push({ stage: 'http load', check: h.check }));
  const httpRate = median(https.map((h) => h.claimsPerSecond));
  const httpDisk = median(https.map((h) => h.baselinePerSecond));
  rows.push({ workload: 'bulk load over HTTP, addClaims × 1,000', size: fmt.size(plan.httpSize), value: fmt.perSecond(httpRate), runs: String(https.length), baseline: `${fmt.perSecond(httpDisk)} JSON lines + fdatasync${cpuNote(https.map((h) => h.serverCpuSeconds), (s) => `; server used ${cpuPerClaim(s, plan.httpSize)}`)}`, ratio: fmt.ratio(httpRate / httpDisk), target: `>= ${fmt.int(TARGETS.httpLoadPerSecond)}/s`, verdict: httpRate >= TARGETS.httpLoadPerSecond ? 'PASS' : 'MISS' });
} finally {
  clearInterval(loadSampler);
  removeScratch();
}

const failed = checks.filter(({ check }) => !check.ok);
rows.push({
  workload: 'planted conflicts found, look-alikes not flagged',
  size: 'all',
  value: `${checks.length - failed.length}/${checks.length} checks`,
  runs: '',
  baseline: checks[0] ? `${checks[0].check.planted} planted per ${fmt.size(plan.sizes[0]!)} graph` : '',
  ratio: '',
  target: 'all found, none else',
  verdict: failed.length === 0 ? 'PASS' : 'FAIL',
});

console.log(`\nMachine: ${describeMachine(machine)}; highest 1-min load average during the run: ${peakLoad.toFixed(2)}`);
const minutes = (Date.now() - startedAt.getTime()) / 60_000;
console.log(`Command: ${commandLine(args)} at ${checkout}, taking ${minutes.toFixed(1)} minutes; figures are medians of the runs shown.\n`);
console.log(renderTable(rows));
for (const { stage, check } of failed) console.log(`\nPLANTED CHECK FAILED in ${stage}: ${JSON.stringify(check)}`);
console.log(`\nplanted-conflict check: ${failed.length === 0 ? 'PASSED' : 'FAILED'}`);
process.exitCode = failed.length === 0 ? 0 : 1;
