// What a bench run measures and how often: the quick run (under a minute), the full run (10k, 100k, 1M), or a tiny smoke run.

export interface BenchPlan {
  name: 'quick' | 'full' | 'smoke';
  /** Claim counts loaded durably; targets that name 1M are judged on rows of 1M or more (see run.ts). */
  sizes: number[];
  /** Repetitions of each timed stage; the table shows medians. */
  runs: number;
  /** Repetitions of the two stages that start servers (query mix, HTTP load): each run costs seconds of start-up alone. */
  serverRuns: number;
  /** Claim count of the HTTP bulk load (the largest size up to 100k: its target is a rate, not a scale). */
  httpSize: number;
  /** Sizes of the naive pairwise detector, to show how it grows. */
  naiveSizes: number[];
  queryMixSeconds: number;
  /** Unmeasured load on each server before it is measured, so both are measured warm. */
  queryMixWarmupSeconds: number;
  /** Also measure bare yoga with graphql-jit (the service's executor) in the query mix: a third server, so the full run only. */
  queryMixCompiledBaseline: boolean;
  queryMixConnections: number;
  incrementalSamples: number;
  /** Single-claim writes made first and not counted, so the incremental samples are taken warm (JIT-compiled). */
  incrementalWarmup: number;
  batchSize: number;
}

export function planFor(argv: readonly string[]): BenchPlan {
  const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const claims = option('claims');
  const runs = option('runs');
  let plan: BenchPlan;
  if (claims) {
    const n = Number(claims);
    plan = { name: 'smoke', sizes: [n], runs: 1, serverRuns: 1, httpSize: n, naiveSizes: [Math.round(n / 2), n], queryMixSeconds: 1, queryMixWarmupSeconds: 1, queryMixCompiledBaseline: false, queryMixConnections: 4, incrementalSamples: 50, incrementalWarmup: 10, batchSize: 1000 };
  } else if (argv.includes('--full')) {
    plan = { name: 'full', sizes: [10_000, 100_000, 1_000_000], runs: 3, serverRuns: 3, httpSize: 100_000, naiveSizes: [10_000, 20_000], queryMixSeconds: 10, queryMixWarmupSeconds: 3, queryMixCompiledBaseline: true, queryMixConnections: 4, incrementalSamples: 2000, incrementalWarmup: 200, batchSize: 1000 };
  } else {
    // Under a minute on an idle machine: medians of three on a small graph, but one run of each server stage
    // (their start-up alone makes three take 40 s), and a second of warm-up before each server is measured
    // (at ~1,700 requests a second, each query shape runs hundreds of times first).
    plan = { name: 'quick', sizes: [5_000], runs: 3, serverRuns: 1, httpSize: 5_000, naiveSizes: [1_000, 2_000], queryMixSeconds: 2, queryMixWarmupSeconds: 1, queryMixCompiledBaseline: false, queryMixConnections: 4, incrementalSamples: 200, incrementalWarmup: 50, batchSize: 1000 };
  }
  if (runs) plan.runs = plan.serverRuns = Number(runs);
  const sizes = option('sizes');
  if (sizes) plan.sizes = sizes.split(',').map(Number);
  return plan;
}
