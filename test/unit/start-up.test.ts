// `npm start` as a newcomer runs it: first start seeds and says so in one line; a restart keeps the data, seeds nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-start-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** package.json's start script, which runs node directly: its arguments, node's flags among them. */
function startArguments(): string[] {
  const [command, ...args] = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ');
  if (command !== 'node') throw new Error(`the start script runs ${command}, not node`);
  return args;
}

/** Starts the service as `npm start` does, returns its start-up line and the base URL, and a stop() that sends SIGTERM. */
async function start(): Promise<{ line: string; base: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, startArguments(), {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', CLAIMGRAPH_DATA_DIR: dataDir, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.split('\n').find((l) => l.includes('listening on'));
      if (match) resolve(match);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
  const base = line.match(/(http:\/\/[^/\s]+)/)![1]!;
  const stop = () =>
    new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
  return { line, base, stop };
}

it('seeds on first start, serves the seed, and keeps it across a restart without seeding again', async () => {
  const first = await start();
  expect(first.line).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+\/graphql \(memory store in .+, (\d+) claims, \1 seeded\)/);
  const response = await fetch(`${first.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { claims } }' }),
  });
  const claims = ((await response.json()) as { data: { stats: { claims: number } } }).data.stats.claims;
  expect(claims).toBeGreaterThanOrEqual(15);
  expect(await first.stop()).toBe(0);

  const second = await start();
  expect(second.line).toContain(`${claims} claims)`);
  expect(second.line).not.toContain('seeded');
  expect(await second.stop()).toBe(0);
}, 60_000);
