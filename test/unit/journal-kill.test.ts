// Crash test of the journal: a child process appending in a loop is SIGKILLed at random moments; every acknowledged record must survive.

import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../support/seeded-random.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Journal } from '../../src/store/memory/journal.js';

const KILLS = 16;
const SEED = 20240517;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRITER = fileURLToPath(new URL('../fixtures/journal-writer.ts', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-journal-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the writer until it has opened the journal, lets it append for `delayMs`, then SIGKILLs it. Returns the seqs it acknowledged. */
async function runAndKill(delayMs: number): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: number[] = [];
  let stderr = '';
  let partial = '';
  let onOpen: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (onOpen = resolve));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('open ')) onOpen();
      if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
    }
  });
  // 'close' fires once the process is reaped and its pipes are drained, so every ack it wrote is counted.
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  await Promise.race([opened, closed]);
  await sleep(delayMs);
  child.kill('SIGKILL');
  const exit = await closed;
  if (exit.signal !== 'SIGKILL') throw new Error(`writer exited by itself (code ${exit.code}): ${stderr}`);
  return acked;
}

/**
 * Reopens like the store does and checks the snapshot, the records and the audit history.
 * Plain comparisons in the loops: an expect() per record would dominate the run time.
 */
async function verifyReopen(ackedMax: number): Promise<number> {
  const { journal, snapshot, records, warnings } = await Journal.open<{ writer: number }, { snapshotSeq: number; i: number }>(dir);
  try {
    let items = 0;
    let foreignItems = 0;
    if (snapshot) {
      for await (const item of snapshot.items) {
        items++;
        if (item.snapshotSeq !== snapshot.seq) foreignItems++;
      }
    }
    expect({ items, foreignItems }).toEqual({ items: snapshot ? 5_000 : 0, foreignItems: 0 });

    const afterSnapshot = await contiguousRun(records, (snapshot?.seq ?? 0) + 1);
    expect(afterSnapshot).toEqual({ first: (snapshot?.seq ?? 0) + 1, last: journal.lastSeq, gaps: 0 });
    const history = await contiguousRun(journal.readAll(), 1);
    expect(history).toEqual({ first: 1, last: journal.lastSeq, gaps: 0 });
    // Contiguous from 1 up to lastSeq, so every acknowledged seq is present iff the largest one is.
    expect(journal.lastSeq).toBeGreaterThanOrEqual(ackedMax);
    for (const warning of warnings) expect(warning).toMatch(/^dropped a torn last record/);
    return journal.lastSeq;
  } finally {
    await journal.close();
  }
}

/** First and last seq of a stream and how many times a seq did not follow its predecessor. */
async function contiguousRun(
  records: AsyncIterable<{ seq: number }>,
  expectedFirst: number,
): Promise<{ first: number; last: number; gaps: number }> {
  let first: number | undefined;
  let last: number | undefined;
  let gaps = 0;
  for await (const { seq } of records) {
    if (last !== undefined && seq !== last + 1) gaps++;
    first ??= seq;
    last = seq;
  }
  // An empty stream reads as the empty range starting where it was expected.
  return { first: first ?? expectedFirst, last: last ?? expectedFirst - 1, gaps };
}

it(
  'keeps every acknowledged record across SIGKILLs at random moments',
  async () => {
    const random = seededRandom(SEED);
    let ackedMax = 0;
    let ackedTotal = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const acked = await runAndKill(20 + Math.floor(random() * 181));
      ackedTotal += acked.length;
      ackedMax = Math.max(ackedMax, ...acked);
      await verifyReopen(ackedMax);
    }
    expect(ackedTotal).toBeGreaterThan(KILLS); // the writer really was writing when killed
    const names = await readdir(dir);
    expect(names.some((name) => name.startsWith('snapshot-'))).toBe(true);
    expect(names.some((name) => name.endsWith('.tmp'))).toBe(false);
  },
  60_000,
);
