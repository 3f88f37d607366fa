// When closing the embedded store writes a snapshot: only when the journal's tail past the last one is worth it.
// A short tail is replayed by the next open instead, so stopping a large store after a few edits is quick.
import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/model.js';
import { MemoryStore, type MemoryStoreOptions } from '../../src/store/memory/memory-store.js';
import { claim, entity, source } from '../support/records.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-close-snapshot-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const snapshotFiles = async (): Promise<string[]> => (await readdir(dir)).filter((name) => name.startsWith('snapshot-')).sort();

async function openStore(options: Omit<MemoryStoreOptions, 'dataDir'> = {}): Promise<MemoryStore> {
  const store = new MemoryStore({ dataDir: dir, ...options });
  await store.open();
  return store;
}

/** Commits `count` claims, one commit each (as single edits arrive), and returns them. */
async function writeClaims(store: MemoryStore, count: number): Promise<Claim[]> {
  const subject = entity();
  const from = source();
  await store.commit({ entities: [subject], sources: [from] });
  const written: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const one = claim(subject, from, { text: `claim ${i} of a session` });
    await store.commit({ claims: [one] });
    written.push(one);
  }
  return written;
}

it('leaves a short journal tail for the next open to replay: no snapshot, every claim back', async () => {
  const store = await openStore();
  const written = await writeClaims(store, 5);
  await store.close();
  expect(await snapshotFiles()).toEqual([]);

  const reopened = await openStore();
  expect(await reopened.getClaims(written.map((one) => one.id))).toEqual(written);
  await reopened.close();
});

it('writes a snapshot when the tail is longer than closeSnapshotAfterBytes', async () => {
  const store = await openStore({ closeSnapshotAfterBytes: 2_000 });
  const written = await writeClaims(store, 20);
  await store.close();
  expect(await snapshotFiles()).toHaveLength(1);

  const reopened = await openStore();
  expect(await reopened.getClaims(written.map((one) => one.id))).toEqual(written);
  await reopened.close();
});

it('counts the tail left by earlier sessions, so short sessions end in a snapshot once they add up', async () => {
  const sessions: Claim[][] = [];
  // Each session alone stays under the limit; the recovered tail carries the earlier ones' bytes over.
  for (let session = 0; (await snapshotFiles()).length === 0; session++) {
    expect(session, 'sessions before a close wrote a snapshot').toBeLessThan(20);
    const store = await openStore({ closeSnapshotAfterBytes: 4_000 });
    sessions.push(await writeClaims(store, 3));
    await store.close();
  }
  expect(sessions.length).toBeGreaterThan(1);

  const reopened = await openStore();
  const all = sessions.flat();
  expect(await reopened.getClaims(all.map((one) => one.id))).toEqual(all);
  await reopened.close();
});

it('always writes one with closeSnapshotAfterBytes 0, and none when nothing was written since', async () => {
  const store = await openStore({ closeSnapshotAfterBytes: 0 });
  await writeClaims(store, 1);
  await store.close();
  expect(await snapshotFiles()).toHaveLength(1);

  const idle = await openStore({ closeSnapshotAfterBytes: 0 });
  await idle.close();
  expect(await snapshotFiles()).toHaveLength(1);
});

it('replaces a damaged newest snapshot at close, however short the tail, so the next open does not skip it again', async () => {
  const first = await openStore({ closeSnapshotAfterBytes: 0 });
  const older = await writeClaims(first, 2);
  await first.close();
  const second = await openStore({ closeSnapshotAfterBytes: 0 });
  const newer = await writeClaims(second, 2);
  await second.close();
  const [, newest] = await snapshotFiles();
  await truncate(join(dir, newest!), 100);

  const warnings: string[] = [];
  const recovering = await openStore({ onWarning: (message) => warnings.push(message) });
  expect(warnings.join('\n')).toMatch(/skipped snapshot/);
  await recovering.close(); // nothing written, and a tail far under the default 2 MB

  warnings.length = 0;
  const reopened = await openStore({ onWarning: (message) => warnings.push(message) });
  expect(warnings).toEqual([]);
  const all = [...older, ...newer];
  expect(await reopened.getClaims(all.map((one) => one.id))).toEqual(all);
  await reopened.close();
});
