// The V8 flags the service runs with, in one place: npm start, the container image and the bench's servers use them.

/**
 * A 64 MB young generation (V8's default grows to 16 MB) from the start. Opening a store builds a million claim
 * records that all live on: with the default, the scavenger copied them in 16 MB steps and full collections ran
 * as the old generation grew behind them. Restart of a 1M-claim store on this project's 2-core machine: 6.5-7.4 s
 * with the defaults, 5.3-5.6 s with these (BENCHMARKS.md, fix 29); RSS about 140 MB higher. Both flags must
 * be on the command line: NODE_OPTIONS refuses --min-semi-space-size, and V8 sizes the heap before any code runs.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=64', '--max-semi-space-size=64'];
