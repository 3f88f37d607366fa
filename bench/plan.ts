// What a bench run measures and how often: the quick run (under a minute), the full run (10k, 100k, 1M), or a tiny smoke run.

export interface BenchPlan {
  name: 'quick' | 'full' | 'smoke';
  /** Claim counts loaded durably; the figures with targets are judged at the largest. */
  sizes: number[];
  /** Repetitions of each timed stage; the table shows medians. */
  runs: number;
  /** Claim count of the HTTP bulk load (the largest size up to 100k: its target is a rate, not a scale). */
  httpSize: number;
  /** Sizes of the naive pairwise detector, to show how it grows. */
  naiveSizes: number[];
  queryMixSeconds: number;
  queryMixConnections: number;
  incrementalSamples: number;
  batchSize: number;
}

export function planFor(argv: readonly string[]): BenchPlan {
  const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const claims = option('claims');
  const runs = option('runs');
  let plan: BenchPlan;
  if (claims) {
    const n = Number(claims);
    plan = { name: 'smoke', sizes: [n], runs: 1, httpSize: n, naiveSizes: [Math.round(n / 2), n], queryMixSeconds: 1, queryMixConnections: 4, incrementalSamples: 50, batchSize: 1000 };
  } else if (argv.includes('--full')) {
    plan = { name: 'full', sizes: [10_000, 100_000, 1_000_000], runs: 3, httpSize: 100_000, naiveSizes: [10_000, 20_000], queryMixSeconds: 10, queryMixConnections: 4, incrementalSamples: 2000, batchSize: 1000 };
  } else {
    // Under a minute on an idle machine: one run of each, smaller naive sizes.
    plan = { name: 'quick', sizes: [10_000], runs: 1, httpSize: 10_000, naiveSizes: [2_500, 5_000], queryMixSeconds: 3, queryMixConnections: 4, incrementalSamples: 200, batchSize: 1000 };
  }
  if (runs) plan.runs = Number(runs);
  const sizes = option('sizes');
  if (sizes) plan.sizes = sizes.split(',').map(Number);
  return plan;
}
