// When the embedded store writes a snapshot. At close: only when the journal's tail past the last one is worth it
// (a short tail is replayed by the next open instead, so stopping a large store after a few edits is quick).
// During a bulk load (an import): never, however long the journal grows, since each snapshot is a write of the
// whole graph (three of them in a million-claim import); the one it needs comes after the load.
import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('a bulk load', () => {
  /** Snapshots after every couple of kilobytes of journal, so a few commits cross the threshold. */
  const SMALL_THRESHOLDS = { snapshotAfterBytes: 2_000, closeSnapshotAfterBytes: 2_000 };

  it('writes snapshots as the journal grows outside a bulk load (the threshold this test relies on)', async () => {
    const store = await openStore(SMALL_THRESHOLDS);
    await writeClaims(store, 30);
    expect((await snapshotFiles()).length).toBeGreaterThan(0);
    await store.close();
  });

  it('writes none during a bulk load, however far past the threshold, and one at the close after it', async () => {
    const store = await openStore(SMALL_THRESHOLDS);
    const written = await store.bulkLoad(async () => {
      const claims = await writeClaims(store, 30);
      expect(await snapshotFiles()).toEqual([]);
      return claims;
    });
    expect(await snapshotFiles()).toEqual([]);
    await store.close();
    expect(await snapshotFiles()).toHaveLength(1);

    const reopened = await openStore(SMALL_THRESHOLDS);
    expect(await reopened.getClaims(written.map((one) => one.id))).toEqual(written);
    await reopened.close();
  });

  it('writes the snapshot it put off at the first commit after the load, a load that failed too', async () => {
    const store = await openStore(SMALL_THRESHOLDS);
    const failed = store.bulkLoad(async () => {
      await writeClaims(store, 30);
      throw new Error('a batch was refused');
    });
    await expect(failed).rejects.toThrow('a batch was refused');
    expect(await snapshotFiles()).toEqual([]);

    const after = await writeClaims(store, 1);
    expect(await snapshotFiles()).toHaveLength(1);
    await store.close();
    const reopened = await openStore(SMALL_THRESHOLDS);
    expect(await reopened.getClaims(after.map((one) => one.id))).toEqual(after);
    await reopened.close();
  });
});
