// Unit tests of the durable journal: round trips, torn-tail recovery, corruption detection, snapshots, locking, audit history.

import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '../../src/domain/errors.js';
import { crc32 } from '../../src/store/memory/crc32.js';
import { Journal, type JournalRecord, type OpenedJournal } from '../../src/store/memory/journal.js';

interface Payload {
  n: number;
}
interface Item {
  id: string;
}
type Opened = OpenedJournal<Payload, Item>;

let dir: string;
const openJournals: Array<Journal<Payload, Item>> = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-journal-'));
});

afterEach(async () => {
  // Close whatever a test left open, so its lock does not leak into the next test.
  await Promise.all(openJournals.splice(0).map((journal) => journal.close()));
  await rm(dir, { recursive: true, force: true });
});

async function openDir(): Promise<Opened> {
  const opened = await Journal.open<Payload, Item>(dir);
  openJournals.push(opened.journal);
  return opened;
}

async function collect<X>(items: AsyncIterable<X>): Promise<X[]> {
  const out: X[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Reopens and drains the way the store does: snapshot items first, then records. */
async function reopen(): Promise<{ opened: Opened; items: Item[]; records: Array<JournalRecord<Payload>> }> {
  const opened = await openDir();
  const items = opened.snapshot ? await collect(opened.snapshot.items) : [];
  const records = await collect(opened.records);
  return { opened, items, records };
}

const payloads = (from: number, count: number): Payload[] => Array.from({ length: count }, (_, i) => ({ n: from + i }));
const seqs = (records: Array<JournalRecord<unknown>>): number[] => records.map((record) => record.seq);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const segmentPath = (firstSeq: number): string => join(dir, `journal-${String(firstSeq).padStart(12, '0')}.ndjson`);
const snapshotPath = (seq: number): string => join(dir, `snapshot-${String(seq).padStart(12, '0')}.ndjson`);

async function openError(): Promise<DomainError> {
  const error: unknown = await Journal.open(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

describe('append and reopen', () => {
  it('returns every record in order with contiguous seqs', async () => {
    const { journal } = await openDir();
    expect(journal.lastSeq).toBe(0);
    const first = await journal.append(payloads(1, 3), new Date('2024-05-01T10:00:00Z'));
    expect(first).toEqual([
      { seq: 1, at: '2024-05-01T10:00:00.000Z', payload: { n: 1 } },
      { seq: 2, at: '2024-05-01T10:00:00.000Z', payload: { n: 2 } },
      { seq: 3, at: '2024-05-01T10:00:00.000Z', payload: { n: 3 } },
    ]);
    // Concurrent calls are queued (and group-committed) in call order.
    const concurrent = await Promise.all([journal.append(payloads(4, 2)), journal.append(payloads(6, 1)), journal.append(payloads(7, 4))]);
    expect(concurrent.map(seqs)).toEqual([[4, 5], [6], [7, 8, 9, 10]]);
    expect(await journal.append([])).toEqual([]);
    expect(journal.lastSeq).toBe(10);
    expect(journal.recordsSinceSnapshot()).toBe(10);
    expect(journal.bytesSinceSnapshot()).toBe((await stat(segmentPath(1))).size);
    await journal.close();

    const { opened, records } = await reopen();
    expect(opened.snapshot).toBeNull();
    expect(opened.warnings).toEqual([]);
    expect(seqs(records)).toEqual(range(1, 10));
    expect(records.map((record) => record.payload.n)).toEqual(range(1, 10));
    expect(records[0]?.at).toBe('2024-05-01T10:00:00.000Z');
    expect(opened.journal.lastSeq).toBe(10);
    expect((await opened.journal.append(payloads(11, 1)))[0]?.seq).toBe(11);
  });

  it('frames each record as crc, space, JSON, newline', async () => {
    const { journal } = await openDir();
    await journal.append([{ n: 1 }], new Date('2024-01-01T00:00:00Z'));
    await journal.close();
    const line = (await readFile(segmentPath(1), 'utf8')).trimEnd();
    const json = '{"seq":1,"at":"2024-01-01T00:00:00.000Z","payload":{"n":1}}';
    expect(line).toBe(`${crc32(Buffer.from(json)).toString(16).padStart(8, '0')} ${json}`);
  });

  it('rejects a payload that JSON cannot represent without using a seq', async () => {
    const { journal } = await openDir();
    const bad = journal.append([undefined as unknown as Payload]);
    const good = journal.append(payloads(1, 1));
    await expect(bad).rejects.toThrow(/not JSON-serialisable/);
    expect(seqs(await good)).toEqual([1]);
  });

  it('refuses appends after close', async () => {
    const { journal } = await openDir();
    await journal.close();
    await expect(journal.append(payloads(1, 1))).rejects.toMatchObject({ code: ErrorCode.StoreUnavailable });
  });
});

describe('torn last record', () => {
  async function journalWithFive(): Promise<number> {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.close();
    openJournals.splice(0);
    return (await stat(segmentPath(1))).size;
  }

  async function expectRecoveredFromTornTail(goodSize: number): Promise<void> {
    const { opened, records } = await reopen();
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/dropped a torn last record .* line 6 \(byte offset \d+/);
    expect(seqs(records)).toEqual(range(1, 5));
    expect((await stat(segmentPath(1))).size).toBe(goodSize);
    expect(seqs(await opened.journal.append(payloads(6, 2)))).toEqual([6, 7]);
    await opened.journal.close();
    openJournals.splice(0);

    const again = await reopen();
    expect(again.opened.warnings).toEqual([]);
    expect(seqs(again.records)).toEqual(range(1, 7));
  }

  it('drops garbage without a newline', async () => {
    const goodSize = await journalWithFive();
    await appendFile(segmentPath(1), 'garbage{"seq":');
    await expectRecoveredFromTornTail(goodSize);
  });

  it('drops a partial line', async () => {
    const goodSize = await journalWithFive();
    const lines = (await readFile(segmentPath(1), 'utf8')).split('\n');
    await appendFile(segmentPath(1), (lines[0] ?? '').slice(0, 30));
    await expectRecoveredFromTornTail(goodSize);
  });

  it('drops a complete last line whose crc does not match', async () => {
    const goodSize = await journalWithFive();
    await appendFile(segmentPath(1), '00000000 {"seq":6,"at":"2024-01-01T00:00:00.000Z","payload":{"n":6}}\n');
    await expectRecoveredFromTornTail(goodSize);
  });
});

describe('corruption before the last record', () => {
  async function threeRecords(): Promise<string[]> {
    const { journal } = await openDir();
    await journal.append(payloads(1, 3));
    await journal.close();
    openJournals.splice(0);
    return (await readFile(segmentPath(1), 'utf8')).split('\n');
  }

  it('rejects a damaged middle line, naming file, line and byte offset', async () => {
    const lines = await threeRecords();
    const damaged = [lines[0], (lines[1] ?? '').replace('"n":2', '"n":9'), ...lines.slice(2)];
    await writeFile(segmentPath(1), damaged.join('\n'));
    const error = await openError();
    const offset = Buffer.byteLength(`${lines[0]}\n`);
    expect(error.code).toBe('store.corrupt');
    expect(error.message).toContain(segmentPath(1));
    expect(error.message).toContain('line 2');
    expect(error.message).toContain(`byte offset ${offset}`);
    expect(error.message).toMatch(/backup/);
    // The failed open released the lock: a second attempt reports the same damage, not "in use".
    expect((await openError()).code).toBe('store.corrupt');
  });

  it('rejects a gap in the sequence numbers', async () => {
    const lines = await threeRecords();
    await writeFile(segmentPath(1), [lines[0], lines[2], ''].join('\n'));
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(error.message).toMatch(/line 2 .*seq 3 where 2 was expected/);
  });
});

describe('snapshots', () => {
  const items = (count: number, tag = 'item'): Item[] => Array.from({ length: count }, (_, i) => ({ id: `${tag}-${i}` }));

  /** Records 1-8 with snapshots at 5 and 8, the one at 8 then cut short: reopened, the journal skips it for 5. */
  async function reopenPastDamagedSnapshot(): Promise<{ opened: Opened }> {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.writeSnapshot(5, items(2, 'old'));
    await journal.append(payloads(6, 3));
    await journal.writeSnapshot(8, items(2, 'new'));
    await journal.close();
    await truncate(snapshotPath(8), 20);
    return reopen();
  }

  it('reopens from the snapshot plus only the later records, in a new segment', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.writeSnapshot(5, items(1000));
    expect(journal.recordsSinceSnapshot()).toBe(0);
    expect(journal.bytesSinceSnapshot()).toBe(0);
    await journal.append(payloads(6, 3));
    expect(journal.recordsSinceSnapshot()).toBe(3);
    expect(journal.bytesSinceSnapshot()).toBe((await stat(segmentPath(6))).size);
    await journal.close();

    const { opened, items: restored, records } = await reopen();
    expect(opened.warnings).toEqual([]);
    expect(opened.snapshot?.seq).toBe(5);
    expect(restored).toEqual(items(1000));
    expect(seqs(records)).toEqual([6, 7, 8]);
    expect(opened.journal.recordsSinceSnapshot()).toBe(3);
    expect((await readdir(dir)).sort()).toEqual(['LOCK', 'journal-000000000001.ndjson', 'journal-000000000006.ndjson', 'snapshot-000000000005.ndjson']);
  });

  it('writes a header with seq, count, createdAt and format, and a footer with the count', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 2));
    await journal.writeSnapshot(2, items(3));
    const lines = (await readFile(snapshotPath(2), 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    const header = JSON.parse((lines[0] ?? '').slice(9)) as Record<string, unknown>;
    expect(header).toMatchObject({ seq: 2, count: 3, format: 1 });
    expect(typeof header['createdAt']).toBe('string');
    expect(JSON.parse((lines[4] ?? '').slice(9))).toEqual({ footer: true, count: 3 });
  });

  it('ignores an incomplete newest snapshot with a warning and falls back to the previous one', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.writeSnapshot(5, items(10, 'old'));
    await journal.append(payloads(6, 3));
    await journal.writeSnapshot(8, items(10, 'new'));
    await journal.append(payloads(9, 1));
    await journal.close();
    const full = await readFile(snapshotPath(8), 'utf8');
    await writeFile(snapshotPath(8), full.slice(0, full.lastIndexOf('\n', full.length - 2) + 1)); // footer cut off

    const { opened, items: restored, records } = await reopen();
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings[0]).toMatch(/skipped snapshot .*snapshot-000000000008\.ndjson .*footer missing/);
    expect(opened.snapshot?.seq).toBe(5);
    expect(restored).toEqual(items(10, 'old'));
    expect(seqs(records)).toEqual([6, 7, 8, 9]);
  });

  it('deletes a snapshot it skipped as damaged once a new one replaces it, keeping the usable older one', async () => {
    const { opened } = await reopenPastDamagedSnapshot();
    expect(opened.journal.hasSkippedSnapshot()).toBe(true);
    await opened.journal.append(payloads(9, 1));
    await opened.journal.writeSnapshot(9, items(2, 'newer'));
    expect(opened.journal.hasSkippedSnapshot()).toBe(false);
    await opened.journal.close();
    // Kept by count alone, the damaged 8 would stay as the fallback and the usable 5 would go.
    expect((await readdir(dir)).filter((name) => name.startsWith('snapshot-')).sort()).toEqual([
      'snapshot-000000000005.ndjson',
      'snapshot-000000000009.ndjson',
    ]);
  });

  it('keeps a snapshot written under the name of one it skipped as damaged', async () => {
    const { opened } = await reopenPastDamagedSnapshot();
    await opened.journal.writeSnapshot(8, items(2, 'again')); // no record since: the same seq, the same file name
    await opened.journal.close();

    const { opened: again, items: restored } = await reopen();
    expect(again.warnings).toEqual([]);
    expect(again.snapshot?.seq).toBe(8);
    expect(restored).toEqual(items(2, 'again'));
  });

  it('falls back to the full journal when no snapshot is complete', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 4));
    await journal.writeSnapshot(4, items(2));
    await journal.close();
    await truncate(snapshotPath(4), 20);

    const { opened, records } = await reopen();
    expect(opened.snapshot).toBeNull();
    expect(opened.warnings[0]).toMatch(/skipped snapshot/);
    expect(seqs(records)).toEqual(range(1, 4));
  });

  it('streams async items while appends go on, and keeps only the two newest snapshots', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 10));
    async function* slowItems(): AsyncGenerator<Item> {
      for (let i = 0; i < 50; i++) {
        if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
        yield { id: `slow-${i}` };
      }
    }
    const snapshotting = journal.writeSnapshot(10, slowItems());
    const during = await journal.append(payloads(11, 5)); // not blocked by the snapshot
    await snapshotting;
    expect(seqs(during)).toEqual(range(11, 15));
    expect(journal.recordsSinceSnapshot()).toBe(5);
    for (const seq of [20, 25]) {
      await journal.append(payloads(journal.lastSeq + 1, 5));
      await journal.writeSnapshot(seq, items(1));
    }
    await expect(journal.writeSnapshot(3, items(1))).rejects.toThrow(RangeError);
    await journal.close();
    const snapshots = (await readdir(dir)).filter((name) => name.startsWith('snapshot-'));
    expect(snapshots.sort()).toEqual(['snapshot-000000000020.ndjson', 'snapshot-000000000025.ndjson']);

    const { opened, records } = await reopen();
    expect(opened.snapshot?.seq).toBe(25);
    expect(records).toEqual([]);
    expect(seqs(await collect(opened.journal.readAll()))).toEqual(range(1, 25));
  });
});

describe('missing journal segments', () => {
  it('opens without segments the snapshot covers, but readAll reports the hole in the history', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.writeSnapshot(5, []);
    await journal.append(payloads(6, 3));
    await journal.close();
    await rm(segmentPath(1));

    const { opened, records } = await reopen();
    expect(seqs(records)).toEqual([6, 7, 8]);
    const error: unknown = await collect(opened.journal.readAll()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/records 1\.\.5 are missing/) as unknown });
  });

  it('refuses to open when records after the snapshot are missing', async () => {
    const { journal } = await openDir();
    await journal.append(payloads(1, 5));
    await journal.writeSnapshot(2, []);
    await journal.append(payloads(6, 3));
    await journal.close();
    await rm(segmentPath(1)); // held 3..5, which the snapshot at 2 does not cover
    const error = await openError();
    expect(error.code).toBe('store.corrupt');
    expect(error.message).toMatch(/records 3\.\.5 are missing/);
  });
});

describe('directory lock', () => {
  it('refuses a second open while the first is open, and allows it after close', async () => {
    const { journal } = await openDir();
    const error = await openError();
    expect(error.message).toMatch(new RegExp(`data directory .* is in use by process ${process.pid}`));
    await journal.close();
    await expect(openDir()).resolves.toBeDefined();
  });

  it('lets only one of two simultaneous opens in one process through', async () => {
    const results = await Promise.allSettled([Journal.open<Payload, Item>(dir), Journal.open<Payload, Item>(dir)]);
    const winners = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.journal] : []));
    openJournals.push(...winners);
    expect(winners).toHaveLength(1);
    const loser = results.find((result) => result.status === 'rejected');
    expect(String(loser?.reason)).toMatch(/in use by process/);
  });

  it('takes over a stale lock whose process is dead', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    expect(deadPid).toBeGreaterThan(0);
    await writeFile(join(dir, 'LOCK'), `${deadPid}\n`);
    const { journal } = await openDir();
    expect((await readFile(join(dir, 'LOCK'), 'utf8')).trim()).toBe(String(process.pid));
    await journal.close();
    expect((await readdir(dir)).includes('LOCK')).toBe(false);
  });

  it('refuses a lock held by another live process', async () => {
    await writeFile(join(dir, 'LOCK'), `${process.ppid}\n`);
    expect((await openError()).message).toContain(`in use by process ${process.ppid}`);
  });
});

describe('readAll', () => {
  it('spans every segment after several snapshots', async () => {
    const { journal } = await openDir();
    for (let round = 0; round < 4; round++) {
      await journal.append(payloads(journal.lastSeq + 1, 7));
      await journal.writeSnapshot(journal.lastSeq, [{ id: `round-${round}` }]);
    }
    await journal.append(payloads(journal.lastSeq + 1, 2));
    const all = await collect(journal.readAll());
    expect(seqs(all)).toEqual(range(1, 30));
    expect(all.map((record) => record.payload.n)).toEqual(range(1, 30));
    const segments = (await readdir(dir)).filter((name) => name.startsWith('journal-'));
    expect(segments).toHaveLength(5);
    await journal.close();

    const { opened, items, records } = await reopen();
    expect(items).toEqual([{ id: 'round-3' }]);
    expect(seqs(records)).toEqual([29, 30]);
    expect(seqs(await collect(opened.journal.readAll()))).toEqual(range(1, 30));
  });
});
