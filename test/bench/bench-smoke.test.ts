// The bench still works: `npm run bench:quick` (every workload at 5k claims), in a child process, prints its table and
// finds every planted conflict. No timings are asserted: figures come from the bench itself, never from a test.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench:quick', () => {
  it('runs every workload and passes the planted-conflict check', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stdout).toMatch(/^\| workload \| claims \| median \|/m);
    // The machine, and the command and commit that reproduce the figures.
    expect(run.stdout).toMatch(/^Machine: .+, \d+ cores, [\d.]+ GiB RAM .*Node v\d+/m);
    expect(run.stdout).toMatch(/^Command: npm run bench:quick at (commit [0-9a-f]{7,}|no git checkout)/m);
    for (const workload of ['bulk load, app layer', 'bulk import, app layer', 'bulk load floor', 'bulk import into memory only', 'restart', 'memory after restart', 'full conflict rescan', 'incremental detection', 'store calls per request', 'query mix over HTTP', 'naive pairwise detector', 'bulk load over HTTP']) {
      expect(run.stdout).toContain(workload);
    }
    // The CPU a load used, per claim, and the ceiling that puts on its rate with every core busy.
    expect(run.stdout).toMatch(/load used [\d.]+ s of CPU \([\d,]+ µs a claim: at most [\d,]+\/s on \d+ cores\)/);
    // Incremental detection is sampled warm, and what the uncounted first writes cost is shown beside it.
    expect(run.stdout).toMatch(/after \d+ uncounted warm-up writes \(p99 with them counted: [\d.]+ ms\)/);
    expect(run.stdout).toContain('planted-conflict check: PASSED');
  }, 300_000);
});
