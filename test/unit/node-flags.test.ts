// The service's V8 flags (src/node-flags.ts) are the ones every launcher passes, and this Node takes them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVICE_NODE_FLAGS } from '../../src/node-flags.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${REPO_ROOT}/${file}`, 'utf8');

describe('the service runs with its V8 flags', () => {
  it('in `npm start` and in the container image', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start.split(' ');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(read('Dockerfile'))![1]!) as string[];
    for (const flag of SERVICE_NODE_FLAGS) {
      expect(start, 'package.json start').toContain(flag);
      expect(cmd, 'Dockerfile CMD').toContain(flag);
    }
  });

  it('which this Node accepts, giving a 64 MB semi-space (a misspelt flag would stop the service starting)', () => {
    const script = "const s = require('v8').getHeapSpaceStatistics().find((x) => x.space_name === 'new_space'); console.log(s.space_size)";
    const withFlags = Number(execFileSync(process.execPath, [...SERVICE_NODE_FLAGS, '-e', script], { encoding: 'utf8' }));
    const without = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    // The new space is two semi-spaces; V8's default starts it far smaller.
    expect(withFlags).toBeGreaterThanOrEqual(64 * 2 ** 20);
    expect(without).toBeLessThan(withFlags);
  });
});
