// Crash test of the embedded store: a writer adding claims is SIGKILLed at random moments many times;
// after each restart every acknowledged claim is there and the store opens cleanly.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../support/seeded-random.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const KILLS = 12;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = fileURLToPath(new URL('../fixtures/claim-writer.ts', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-store-kill-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));


async function runAndKill(run: number, delayMs: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(run)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: string[] = [];
  let partial = '';
  let stderr = '';
  let markOpen: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (markOpen = resolve));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'open') markOpen();
      else if (line.startsWith('ack ')) acked.push(line.slice(4));
    }
  });
  const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await Promise.race([opened, closed]);
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  const signal = await closed;
  if (signal !== 'SIGKILL') throw new Error(`writer ended on its own (${signal}): ${stderr}`);
  return acked;
}

it(`keeps every acknowledged claim across ${KILLS} SIGKILLs`, async () => {
  const random = seededRandom(42);
  const everAcked = new Set<string>();
  for (let run = 0; run < KILLS; run++) {
    for (const id of await runAndKill(run, 30 + Math.floor(random() * 250))) everAcked.add(id);
    const store = new MemoryStore({ dataDir: dir });
    await store.open();
    const found = await store.getClaims([...everAcked]);
    const missing = [...everAcked].filter((_, index) => found[index] === null);
    expect(missing, `run ${run}: acknowledged claims lost`).toEqual([]);
    await store.close();
  }
  expect(everAcked.size).toBeGreaterThan(KILLS);
}, 120_000);
