// The targets of issue 8 for this 2-core machine, in one place for the runner and the README.
export const TARGETS = {
  bulkLoadPerSecond: 50_000,
  httpLoadPerSecond: 20_000,
  rescanSeconds: 2,
  incrementalP99Ms: 1,
  queryMixShare: 0.8,
  queryMixP99Ms: 20,
  /** 1.5 GB, in decimal megabytes. */
  rssMB: 1500,
  restartSeconds: 5,
  /** The size the load, rescan, incremental, memory and restart targets name ("at 1M"): smaller rows are info. */
  judgedAtClaims: 1_000_000,
} as const;
