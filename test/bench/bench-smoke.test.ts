// The bench still works: the whole suite at a tiny size, in a child process, prints its table and finds every planted conflict. No timings are asserted.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('bench smoke run', () => {
  it('runs every workload at 2,000 claims and passes the planted-conflict check', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--claims=2000', '--runs=1'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stdout).toMatch(/^\| workload \| claims \| median \|/m);
    expect(run.stdout).toMatch(/Intel|AMD|ARM|cores/);
    for (const workload of ['bulk load, app layer', 'restart', 'memory after restart', 'full conflict rescan', 'incremental detection', 'store calls per request', 'query mix over HTTP', 'naive pairwise detector', 'bulk load over HTTP']) {
      expect(run.stdout).toContain(workload);
    }
    expect(run.stdout).toContain('planted-conflict check: PASSED');
  }, 300_000);
});
