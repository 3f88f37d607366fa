// The binary snapshot (format 3; format 2 files still read): every record kind reads back exactly, the old
// JSON-lines snapshots still open (and the next snapshot is binary), and damage is detected and handled as for
// the JSON-lines format.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, Source } from '../../src/domain/model.js';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import type { ChangeSet } from '../../src/store/port.js';
import { ClaimLists } from '../../src/store/memory/claim-lists.js';
import { ClaimTable } from '../../src/store/memory/claim-table.js';
import { crc32 } from '../../src/store/memory/crc32.js';
import { Journal } from '../../src/store/memory/journal.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { FingerprintIndex } from '../../src/store/memory/fingerprint-index.js';
import { HistoryIndex } from '../../src/store/memory/history-index.js';
import { GraphState } from '../../src/store/memory/state.js';
import { claim, conflict, entity, history, period, review, source } from '../support/records.js';

let dir: string;
const open: MemoryStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-snapshot-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

async function openStore(warnings: string[] = []): Promise<MemoryStore> {
  // These tests are about the snapshot a close writes, so close writes one however short the journal's tail.
  const store = new MemoryStore({ dataDir: dir, closeSnapshotAfterBytes: 0, onWarning: (message) => warnings.push(message) });
  await store.open();
  open.push(store);
  return store;
}

async function closeStore(store: MemoryStore): Promise<void> {
  open.splice(open.indexOf(store), 1);
  await store.close();
}

const stateOf = (store: MemoryStore): GraphState => (store as unknown as { state: GraphState }).state;

/**
 * Every field of the state, maps as their entries in order: what a restart must rebuild exactly. History as
 * each node's entries, oldest first, nodes by id: a restart keeps claims' entries unbuilt and lists them first.
 */
const claimIdsInOrder = (state: GraphState): string[] => state.claimOrder.map(state.claimIdAt);

function dump(state: GraphState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(state)) {
    if (key === 'pools' || key === 'ids') continue; // interning caches, not state
    if (value instanceof HistoryIndex) out[key] = [...value.nodes()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    else if (value instanceof FingerprintIndex) out[key] = [...value.entries()];
    else if (value instanceof ClaimTable) out[key] = [...value];
    // Lists of claim positions, shown as the claim ids they stand for (a position depends on the order claims were added).
    else if (value instanceof ClaimLists) out[key] = value.toJSON();
    else if (key === 'claimOrder') out[key] = state.claimOrder.map(state.claimIdAt);
    else if (key === 'claimsByKeyPeriod') out[key] = [...state.claimsByKeyPeriod].map(([k, lists]) => [k, lists.toJSON()]);
    // Only looked up, never iterated: a source moved to another url is last in it live, in its place after a restart.
    else if (key === 'sourceByUrl') out[key] = [...(value as Map<string, string>)].sort(([a], [b]) => (a < b ? -1 : 1));
    else out[key] = value instanceof Map ? [...value].map(([k, v]) => [k, v instanceof Map ? [...v] : v]) : value;
  }
  expect(out).toHaveProperty('history');
  expect(out).toHaveProperty('claimByFingerprint');
  return out;
}

/**
 * The dump with map entries sorted by key: for comparing states whose maps were filled in another order.
 * A restart from a JSON-lines snapshot rebuilds every index in claim-id order; a binary snapshot keeps the
 * live order of the index maps, and lists claims (so their fingerprint map) in id order.
 */
function unordered(dumped: Record<string, unknown>, sets: readonly string[]): Record<string, unknown> {
  const byKey = (entries: unknown): unknown =>
    (entries as Array<[string, unknown]>)
      .map(([key, value]): [string, unknown] => [key, Array.isArray(value) && Array.isArray(value[0]) ? byKey(value) : value])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(Object.entries(dumped).map(([key, value]) => [key, sets.includes(key) ? byKey(value) : value]));
}

const INDEX_MAPS = ['claimsBySubject', 'claimsByObject', 'claimsByKey', 'claimsByPredicate', 'claimsBySource', 'claimsByKeyPeriod'];
/** The same records and the same lists, whatever order the maps were filled in. */
const sameState = (state: Record<string, unknown>): Record<string, unknown> => unordered(state, [...INDEX_MAPS, 'claimByFingerprint']);

const snapshotFiles = async (): Promise<string[]> => (await readdir(dir)).filter((name) => name.startsWith('snapshot-')).sort();

/** Change sets with every record kind and the awkward cases: nulls, shared values, non-ASCII text, extra fields. */
function graph(): ChangeSet[] {
  const maker = entity({ aliases: ['Acme Corp', 'ACME'] });
  const product = entity({ kind: 'PRODUCT', makerId: maker.id, launchDate: '2024-03' });
  const market = entity({ kind: 'MARKET', name: 'Émigré cloud market' });
  const merged = entity({ mergedIntoId: maker.id });
  const web = source();
  const hashed = source({ contentHash: 'ab'.repeat(32), title: null, publisher: null, publishedAt: null });
  const bare = source({ title: 'Émigré “sources” 🚀' });
  delete (bare as { contentHash?: unknown }).contentHash; // optional: absent, not null
  // Sources the columns do not carry go whole as JSON, like claims: an extra field, another key order, a number.
  const annotated = { ...source(), archivedAt: 'https://archive.example/1' } as Source;
  const reorderedSource = Object.fromEntries(Object.entries(source()).reverse()) as unknown as Source;
  const oddTitle = { ...source(), title: 42 } as unknown as Source;
  const q3 = period('2024-07-01', '2024-09-30', 'Q3 2024');
  const open = period(null, '2025-12-31');
  const plain = claim(maker, web, { objectId: market.id, periodId: q3.id, periodText: 'Q3 2024' });
  const sameValue = claim(product, web, { value: plain.value, periodId: q3.id });
  const rich = claim(product, hashed, {
    text: 'Acme’s “cloud” share — 32% 🚀 and a lone \ud800 surrogate',
    kind: 'QUALITATIVE',
    value: null,
    objectId: market.id,
    periodId: open.id,
    qualifiers: [{ key: 'region', value: 'EMEA' }, { key: 'segment', value: 'enterprise' }],
    negated: true,
    status: 'REJECTED',
    statusReason: 'duplicate of another claim',
    citations: [
      { sourceId: hashed.id, quote: null, start: null, end: null, prefix: null, suffix: null },
      { sourceId: web.id, quote: '32%', start: 0, end: 3.5, prefix: '', suffix: 'é' },
      { sourceId: 'src_not_held', quote: 'q', start: 1, end: 2, prefix: 'p', suffix: 's' },
    ],
    version: 7,
  });
  const uncited = claim(maker, bare, { citations: [], subjectId: 'ent_not_held' });
  // Fields the columns do not carry go whole as JSON, so they read back as the JSON-lines format gave them.
  const extra = { ...claim(maker, web), reviewedBy: 'someone' } as Claim;
  const reordered = Object.fromEntries(Object.entries(claim(maker, web)).reverse()) as unknown as Claim;
  const stale = conflict([plain, sameValue]);
  const resolved = conflict([rich, plain], { status: 'RESOLVED', statusBy: 'reviewer', statusAt: '2026-02-11T00:00:00.000Z', statusNote: 'checked' });
  const claims = [plain, sameValue, rich, uncited, extra, reordered];
  return [
    { predicates: [...BUILTIN_PREDICATES] },
    { entities: [maker, product, market, merged], sources: [web, hashed, bare, annotated, reorderedSource, oddTitle], periods: [q3, open] },
    { claims: claims.slice(0, 3), history: claims.slice(0, 3).map((c) => history(c.id)) },
    { claims: claims.slice(3), history: claims.slice(3).map((c) => history(c.id)) },
    {
      conflicts: [stale, resolved],
      history: [
        history(plain.id, { action: 'updated', fromVersion: 1, toVersion: 2, changes: { status: { from: 'CANDIDATE', to: 'ACCEPTED' } }, note: 'why' }),
        history(maker.id, { action: 'merged', changes: { aliases: { from: [], to: ['ACME'] } } }),
        history(stale.id),
        history('clm_gone'),
        { ...history(rich.id), extra: true } as never,
      ],
      reviews: [review(plain.id), review(plain.id, { supersedesId: null, evidence: [] })],
    },
    // An update of a claim already held: it moves between index lists.
    { claims: [{ ...sameValue, status: 'RETRACTED', periodId: open.id, updatedAt: '2026-02-12T00:00:00.000Z', version: 2 }] },
    // A source moved to another url: found by the new one only.
    { sources: [{ ...web, url: 'https://example.org/moved', contentHash: 'cd'.repeat(32) }] },
  ];
}

async function populate(store: MemoryStore, changeSets = graph()): Promise<void> {
  for (const changes of changeSets) await store.commit(changes);
}

/** The graph written to a store and closed: its one snapshot file, and the state it was written from. */
async function binaryFile(): Promise<{ path: string; bytes: Buffer; state: Record<string, unknown> }> {
  const store = await openStore();
  await populate(store);
  const state = dump(stateOf(store));
  await closeStore(store);
  const [name] = await snapshotFiles();
  const path = join(dir, name!);
  return { path, bytes: await readFile(path), state };
}

describe('binary snapshots', () => {
  it('read back every record kind and every index exactly', async () => {
    const store = await openStore();
    await populate(store);
    const before = dump(stateOf(store));
    await closeStore(store); // writes a snapshot: records were journaled since the last one

    expect(await snapshotFiles()).toEqual([expect.stringMatching(/^snapshot-\d{12}\.bin$/)]);
    const warnings: string[] = [];
    const reopened = await openStore(warnings);
    expect(warnings).toEqual([]);
    const after = unordered(dump(stateOf(reopened)), ['claimByFingerprint']);
    const expected = unordered(before, ['claimByFingerprint']);
    for (const key of Object.keys(expected)) expect(after[key], key).toEqual(expected[key]);
    expect(isDeepStrictEqual(after, expected)).toBe(true);
  });

  it('give the same state as the JSON-lines format and as replaying the journal', async () => {
    const store = await openStore();
    const changeSets = graph();
    await populate(store, changeSets);
    const live = dump(stateOf(store));
    const replayed = new GraphState();
    for (const changes of changeSets) replayed.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
    const fromJson = new GraphState();
    for (const changes of stateOf(store).asChangeSets()) fromJson.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
    await closeStore(store);
    const reopened = dump(stateOf(await openStore()));
    expect(unordered(reopened, INDEX_MAPS)).toEqual(unordered(dump(fromJson), INDEX_MAPS));
    expect(sameState(reopened)).toEqual(sameState(live));
    expect(reopened['claims']).toEqual(dump(replayed)['claims']);
  });

  it('share one copy of each id, time and value between the records that hold it', async () => {
    const store = await openStore();
    await populate(store);
    await closeStore(store);
    const state = stateOf(await openStore());
    const claims = [...state.claims.values()];
    const sourceIds = new Set(state.sources.keys());
    for (const held of claims) {
      // Equal strings are indistinguishable in JS; what can be checked is that nothing was lost on the way.
      expect(state.entities.has(held.subjectId) || held.subjectId === 'ent_not_held').toBe(true);
      for (const citation of held.citations) expect(sourceIds.has(citation.sourceId) || citation.sourceId === 'src_not_held').toBe(true);
    }
    const [first, second] = claims.filter((c) => c.value?.text === '32%' && c.kind === 'QUANTITATIVE');
    expect(first!.value).toBe(second!.value);
  });

  it('are written again after more records, and the older snapshot is kept as the fallback', async () => {
    const store = await openStore();
    const [head, ...rest] = graph();
    await populate(store, [head!, rest[0]!]);
    await closeStore(store);
    const again = await openStore();
    await populate(again, rest.slice(1));
    const before = dump(stateOf(again));
    await closeStore(again);
    expect(await snapshotFiles()).toHaveLength(2);
    expect(sameState(dump(stateOf(await openStore())))).toEqual(sameState(before));
  });
});

describe('old JSON-lines snapshots', () => {
  /** A data directory as the previous version left it: journal records and a format-1 snapshot of them. */
  async function oldDataDir(): Promise<Record<string, unknown>> {
    const { journal } = await Journal.open<ChangeSet, ChangeSet>(dir);
    const state = new GraphState();
    for (const changes of graph()) {
      await journal.append([changes]);
      state.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
    }
    await journal.writeSnapshot(journal.lastSeq, state.asChangeSets());
    await journal.close();
    expect(await snapshotFiles()).toEqual([expect.stringMatching(/\.ndjson$/)]);
    return dump(state);
  }

  it('still open, and the next snapshot is binary', async () => {
    const expected = await oldDataDir();
    const store = await openStore();
    expect(sameState(dump(stateOf(store)))).toEqual(sameState(expected));
    const extra = entity();
    await store.commit({ entities: [extra] });
    const withExtra = dump(stateOf(store));
    await closeStore(store);
    const files = await snapshotFiles();
    expect(files).toHaveLength(2);
    expect(files.filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(dump(stateOf(await openStore()))).toEqual(withExtra);
  });

  it('are what a damaged binary snapshot falls back to', async () => {
    const expected = await oldDataDir();
    const store = await openStore();
    await store.commit({ entities: [entity()] });
    const withExtra = dump(stateOf(store));
    await closeStore(store);
    const bin = (await snapshotFiles()).find((name) => name.endsWith('.bin'))!;
    const bytes = await readFile(join(dir, bin));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await writeFile(join(dir, bin), bytes);
    const warnings: string[] = [];
    const reopened = await openStore(warnings);
    expect(warnings).toEqual([expect.stringMatching(/skipped snapshot .*\.bin \(crc mismatch in the block at byte offset \d+\)/)]);
    expect(dump(stateOf(reopened))).toEqual(withExtra);
    expect(expected).not.toEqual(withExtra);
  });
});

describe('sources in binary snapshots', () => {
  const SOURCES_BLOCK = 9;
  const JSON_BLOCK = 3;
  const payloads = (bytes: Buffer): Buffer[] => blocks(bytes).map((block) => bytes.subarray(block.start, block.end));
  /** A file of these payloads, each framed with its length and crc, as the writer frames them. */
  const framed = (magic: Buffer, parts: Buffer[]): Buffer =>
    Buffer.concat([magic, ...parts.flatMap((part) => [Buffer.from(new Uint32Array([part.length, crc32(part)]).buffer), part])]);
  const withHeader = (part: Buffer, header: Record<string, unknown>): Buffer => Buffer.concat([part.subarray(0, 1), Buffer.from(JSON.stringify(header))]);
  const jsonOf = (part: Buffer): Record<string, unknown> => JSON.parse(part.subarray(1).toString('utf8')) as Record<string, unknown>;

  it('are written as rows, not JSON, and read back exactly, odd ones included', async () => {
    const { bytes, state } = await binaryFile();
    const parts = payloads(bytes);
    expect(parts.filter((part) => part[0] === SOURCES_BLOCK)).toHaveLength(1);
    expect(parts.filter((part) => part[0] === JSON_BLOCK && 'sources' in jsonOf(part))).toEqual([]);
    expect(jsonOf(parts[0]!)).toMatchObject({ format: 3 });
    const reopened = stateOf(await openStore());
    expect(dump(reopened)['sources']).toEqual(state['sources']);
    // toEqual ignores key order; the JSON text does not.
    const texts = (sources: unknown) => (sources as Array<[string, Source]>).map(([, held]) => JSON.stringify(held));
    expect(texts(dump(reopened)['sources'])).toEqual(texts(state['sources']));
    expect(dump(reopened)['sourceByUrl']).toEqual(state['sourceByUrl']);
    // The records the columns cannot carry came back whole: a field they lack, a number for a title.
    const sources = [...reopened.sources.values()];
    expect(sources.find((held) => 'archivedAt' in held)).toMatchObject({ archivedAt: 'https://archive.example/1' });
    expect(sources.map((held) => held.title)).toContain(42);
    expect(reopened.sourceByUrl.get('https://example.org/moved')).toBe(sources[0]!.id);
  });

  it('still read from a format 2 file, which holds them in JSON blocks', async () => {
    const { path, bytes, state } = await binaryFile();
    const live = stateOf(await openStore());
    const parts = payloads(bytes).map((part, index) => {
      if (index === 0) return withHeader(part, { ...jsonOf(part), format: 2 });
      if (part[0] !== SOURCES_BLOCK) return part;
      return Buffer.concat([Buffer.from([JSON_BLOCK]), Buffer.from(JSON.stringify({ sources: [...live.sources.values()] }))]);
    });
    await closeStore(open.at(-1)!);
    await writeFile(path, framed(bytes.subarray(0, 8), parts));
    const warnings: string[] = [];
    const reopened = dump(stateOf(await openStore(warnings)));
    expect(warnings).toEqual([]);
    expect(sameState(reopened)).toEqual(sameState(state));
  });

  it('make a file of a newer format skipped as such, and the journal replayed instead', async () => {
    const { path, bytes, state } = await binaryFile();
    const parts = payloads(bytes);
    parts[0] = withHeader(parts[0]!, { ...jsonOf(parts[0]!), format: 4 });
    await writeFile(path, framed(bytes.subarray(0, 8), parts));
    const warnings: string[] = [];
    const reopened = dump(stateOf(await openStore(warnings)));
    expect(warnings).toEqual([expect.stringMatching(/skipped snapshot .*\.bin \(header: unknown format 4\)/)]);
    expect(sameState(reopened)).toEqual(sameState(state));
  });

  /**
   * Writes the graph's snapshot with its SOURCES block changed by `edit` (crc made to match): the block is its
   * kind, the row count, 8 u32 columns of `rows` entries (column c at 5 + 4 * c * rows), then the u8 column
   * saying which rows have a contentHash field.
   */
  async function withSourcesBlockEdited(edit: (part: Buffer, rows: number) => void): Promise<void> {
    const { path, bytes } = await binaryFile();
    const parts = payloads(bytes);
    const at = parts.findIndex((part) => part[0] === SOURCES_BLOCK);
    const part = Buffer.from(parts[at]!);
    edit(part, part.readUInt32LE(1));
    parts[at] = part;
    await writeFile(path, framed(bytes.subarray(0, 8), parts));
  }

  it('refuse to open when a source is listed twice', async () => {
    await withSourcesBlockEdited((part, rows) => {
      // Row 1 made a copy of row 0: the 8 u32 columns, then the u8 one.
      for (let column = 0; column < 8; column++) {
        const start = 5 + column * 4 * rows;
        part.writeUInt32LE(part.readUInt32LE(start), start + 4);
      }
      part[5 + 8 * 4 * rows + 1] = part[5 + 8 * 4 * rows]!;
    });
    await expect(new MemoryStore({ dataDir: dir }).open()).rejects.toMatchObject({
      code: 'store.corrupt',
      message: expect.stringMatching(/source src_\w+ is listed twice/) as unknown,
    });
  });

  it('refuse to open when a row says it has no contentHash field but holds a hash', async () => {
    await withSourcesBlockEdited((part, rows) => {
      const hashedAt = 5 + 8 * 4 * rows;
      const contentHashAt = 5 + 6 * 4 * rows;
      const row = [...Array(rows).keys()].find((r) => part[hashedAt + r] === 1 && part.readUInt32LE(contentHashAt + 4 * r) !== 0xffffffff)!;
      expect(row).toBeDefined();
      part[hashedAt + row] = 0;
    });
    await expect(new MemoryStore({ dataDir: dir }).open()).rejects.toMatchObject({
      code: 'store.corrupt',
      message: expect.stringContaining('a source row has a content hash but no contentHash field') as unknown,
    });
  });
});

describe('damaged binary snapshots', () => {
  it('are skipped when cut short, and the journal replayed instead', async () => {
    const { path, bytes, state } = await binaryFile();
    await writeFile(path, bytes.subarray(0, bytes.length - 3));
    const warnings: string[] = [];
    const store = await openStore(warnings);
    expect(warnings).toEqual([expect.stringMatching(/skipped snapshot .*cut short/)]);
    expect(dump(stateOf(store))).toEqual(state);
  });

  it('are skipped when the first or the last block fails its crc, naming that block', async () => {
    for (const which of ['first', 'last'] as const) {
      const { path, bytes, state } = await binaryFile();
      const all = blocks(bytes);
      const block = which === 'first' ? all[0]! : all.at(-1)!;
      bytes[block.end - 1]! ^= 0xff;
      await writeFile(path, bytes);
      const warnings: string[] = [];
      const store = await openStore(warnings);
      expect(warnings, which).toEqual([expect.stringContaining(`crc mismatch in the block at byte offset ${block.start - 8})`)]);
      expect(dump(stateOf(store))).toEqual(state);
      await closeStore(store);
      await rm(dir, { recursive: true, force: true });
      dir = await mkdtemp(join(tmpdir(), 'claimgraph-snapshot-'));
    }
  });

  it('are skipped when a block length is damaged, naming that block and not the garbage heads after it', async () => {
    const { path, bytes, state } = await binaryFile();
    const all = blocks(bytes);
    expect(all.length).toBeGreaterThan(6);
    const block = all[Math.floor(all.length / 2)]!;
    // Shorter by a few bytes: its crc no longer matches, and every head after it is read from the wrong place.
    bytes.writeUInt32LE(block.end - block.start - 5, block.start - 8);
    await writeFile(path, bytes);
    const warnings: string[] = [];
    const store = await openStore(warnings);
    expect(warnings).toEqual([expect.stringContaining(`(crc mismatch in the block at byte offset ${block.start - 8})`)]);
    expect(dump(stateOf(store))).toEqual(state);
  });

  it('are skipped when the footer is missing', async () => {
    const { path, bytes } = await binaryFile();
    const footerAt = lastBlockOffset(bytes);
    await writeFile(path, bytes.subarray(0, footerAt));
    const warnings: string[] = [];
    await openStore(warnings);
    expect(warnings).toEqual([expect.stringMatching(/skipped snapshot .*footer missing/)]);
  });

  it('refuse to open when a block has a valid crc but does not decode (the store does not guess)', async () => {
    const { path, bytes } = await binaryFile();
    // Rewrite the first claims block with a row count it does not hold, and a crc that matches.
    const claims = blocks(bytes).find((block) => bytes[block.start] === 6)!;
    bytes.writeUInt32LE(0xffff, claims.start + 1);
    bytes.writeUInt32LE(crc32(bytes.subarray(claims.start, claims.end)), claims.start - 4);
    await writeFile(path, bytes);
    const error = await new MemoryStore({ dataDir: dir }).open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/snapshot-\d+\.bin is damaged at block \d+/) as unknown });
    // The lock was let go: the directory opens once the file is moved aside.
    await rm(path);
    await openStore();
  });

  it('are skipped, not refused, when a block that does not decode is followed by a damaged one', async () => {
    const { path, bytes, state } = await binaryFile();
    const all = blocks(bytes);
    const claims = all.find((block) => bytes[block.start] === 6)!;
    bytes.writeUInt32LE(0xffff, claims.start + 1);
    bytes.writeUInt32LE(crc32(bytes.subarray(claims.start, claims.end)), claims.start - 4);
    // Damage anywhere makes the file skipped: only an intact file whose block does not decode is refused.
    const later = all.at(-2)!;
    bytes[later.end - 1]! ^= 0xff;
    await writeFile(path, bytes);
    const warnings: string[] = [];
    const store = await openStore(warnings);
    expect(warnings).toEqual([expect.stringContaining(`(crc mismatch in the block at byte offset ${later.start - 8})`)]);
    expect(dump(stateOf(store))).toEqual(state);
  });
});

describe('claim indexes after a restart', () => {
  it.each([
    ['in id order (each row is the claim position)', false],
    ['out of id order (rows and positions differ)', true],
  ])('read back exactly from a store of thousands of claims written %s', async (_order, reversed) => {
    const store = await openStore();
    const makers = Array.from({ length: 40 }, () => entity());
    const sources = Array.from({ length: 30 }, () => source());
    // About 7 list entries per claim, in lists long and short.
    const claims = Array.from({ length: 3600 }, (_, n) => claim(makers[n % makers.length]!, sources[n % sources.length]!, { predicate: n % 3 === 0 ? 'revenue' : 'market_share' }));
    if (reversed) claims.reverse(); // the ids were made ascending: now the first claim added has the last id
    await store.commit({ entities: makers, sources });
    for (let at = 0; at < claims.length; at += 600) await store.commit({ claims: claims.slice(at, at + 600) });
    const before = dump(stateOf(store));
    await closeStore(store);
    const reopened = await openStore();
    // A restart holds the claims in id order, so the claim table is compared by id too.
    const sameClaims = (state: Record<string, unknown>): Record<string, unknown> => unordered(state, [...INDEX_MAPS, 'claimByFingerprint', 'claims']);
    expect(sameClaims(dump(stateOf(reopened)))).toEqual(sameClaims(before));
    const [page] = await reopened.listClaims([{ filter: { subjectIds: [makers[0]!.id] }, page: { first: 1000 } }]);
    expect(page!.items.map((c) => c.id)).toEqual(claims.filter((c) => c.subjectId === makers[0]!.id).map((c) => c.id).sort());
  });

  it('answer queries as before it, and take the claims written after it', async () => {
    const store = await openStore();
    const maker = entity();
    const web = source();
    const first = claim(maker, web);
    const second = claim(maker, web, { predicate: 'revenue' });
    await store.commit({ entities: [maker], sources: [web], claims: [first, second] });
    await closeStore(store);
    const reopened = await openStore();
    const bySubject = async () => (await reopened.listClaims([{ filter: { subjectIds: [maker.id] }, page: { first: 10 } }]))[0]!.items.map((c) => c.id);
    expect(await bySubject()).toEqual([first.id, second.id]);
    const third = claim(maker, web);
    await reopened.commit({ claims: [third] });
    expect(await bySubject()).toEqual([first.id, second.id, third.id]);
    const [shares] = await reopened.claimsByKey([{ subjectId: maker.id, predicate: 'market_share', objectId: null }]);
    expect(shares!.map((c) => c.id)).toEqual([first.id, third.id]);
  });

  it('refuse to open when a list is out of order, though lists are built only when read', async () => {
    const store = await openStore();
    const maker = entity();
    const web = source();
    await store.commit({ entities: [maker], sources: [web], claims: [claim(maker, web), claim(maker, web)] });
    await closeStore(store);
    const [name] = await snapshotFiles();
    const path = join(dir, name!);
    const bytes = await readFile(path);
    // The subject index (number 0): kind, index, entries, total, then keys, subKeys and counts (one each), then rows.
    const subjects = blocks(bytes).find((block) => bytes[block.start] === 8 && bytes.readUInt32LE(block.start + 1) === 0)!;
    const rowsAt = subjects.start + 13 + 3 * 4;
    expect(bytes.readUInt32LE(subjects.start + 5)).toBe(1); // one subject, with both claims
    bytes.writeUInt32LE(1, rowsAt);
    bytes.writeUInt32LE(0, rowsAt + 4);
    bytes.writeUInt32LE(crc32(bytes.subarray(subjects.start, subjects.end)), subjects.start - 4);
    await writeFile(path, bytes);
    const error = await new MemoryStore({ dataDir: dir }).open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/it does not decode \(claim index list out of order\)/) as unknown });
  });
});

describe('a binary snapshot whose claim rows are not in id order (a writer does not make one; a crc-valid file may hold one)', () => {
  it('reads back the claims in id order, with their histories, when every index list holds one claim', async () => {
    const store = await openStore();
    const makers = [entity(), entity(), entity()];
    const sources = [source(), source(), source()];
    const predicates = ['market_share', 'revenue', 'headcount'];
    const claims = makers.map((maker, i) => claim(maker, sources[i]!, { predicate: predicates[i]! }));
    await store.commit({ entities: makers, sources, claims, history: claims.map((c) => history(c.id)) });
    stateOf(store).claimOrder.reverse(); // the rows are written in the order this lists
    await closeStore(store);
    const reopened = await openStore();
    const ids = claims.map((c) => c.id);
    expect(claimIdsInOrder(stateOf(reopened))).toEqual(ids);
    const [page] = await reopened.listClaims([{ filter: {}, page: { first: 10 } }]);
    expect(page!.items.map((c) => c.id)).toEqual(ids);
    const [bySubject] = await reopened.listClaims([{ filter: { subjectIds: [makers[1]!.id] }, page: { first: 10 } }]);
    expect(bySubject!.items.map((c) => c.id)).toEqual([ids[1]]);
    expect((await reopened.historyOf(ids)).map((entries) => entries.map((e) => e.targetId))).toEqual(ids.map((id) => [id]));
    // The next snapshot lists the claims in id order, so no row is its claim's position: each list's rows go through the inverted order.
    await reopened.commit({ entities: [entity()] });
    await closeStore(reopened);
    const again = await openStore();
    expect(claimIdsInOrder(stateOf(again))).toEqual(ids);
    const [bySubjectAgain] = await again.listClaims([{ filter: { subjectIds: [makers[2]!.id] }, page: { first: 10 } }]);
    expect(bySubjectAgain!.items.map((c) => c.id)).toEqual([ids[2]]);
  });

  it('refuse to open when a list of several claims then reads out of order', async () => {
    const store = await openStore();
    const maker = entity();
    const web = source();
    await store.commit({ entities: [maker], sources: [web], claims: [claim(maker, web), claim(maker, web)] });
    stateOf(store).claimOrder.reverse();
    await closeStore(store);
    const error = await new MemoryStore({ dataDir: dir }).open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/claim index list out of order/) as unknown });
  });

  it('refuse to open when a list of several claims reads with its rows ascending but its ids descending', async () => {
    const store = await openStore();
    const maker = entity();
    const web = source();
    await store.commit({ entities: [maker], sources: [web], claims: [claim(maker, web), claim(maker, web)] });
    const state = stateOf(store);
    state.claimOrder.reverse();
    // Each list reversed too, so its rows come out ascending: only the ids they stand for show the disorder.
    const lists = [state.claimsBySubject, state.claimsByObject, state.claimsByKey, state.claimsByPredicate, state.claimsBySource, ...state.claimsByKeyPeriod.values()];
    for (const list of lists) for (const [, positions] of list) (positions as number[]).reverse();
    await closeStore(store);
    const error = await new MemoryStore({ dataDir: dir }).open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/claim index list out of order: its claim rows ascend but their ids do not/) as unknown });
  });
});

describe('a binary snapshot whose footer counts more claims than it holds', () => {
  it('refuses to open as damaged, without reserving room for the count', async () => {
    const store = await openStore();
    const maker = entity();
    const web = source();
    await store.commit({ entities: [maker], sources: [web], claims: [claim(maker, web)] });
    await closeStore(store);
    const [name] = await snapshotFiles();
    const path = join(dir, name!);
    const bytes = await readFile(path);
    const last = blocks(bytes).at(-1)!;
    const footer = JSON.parse(bytes.subarray(last.start + 1, last.end).toString('utf8')) as { claims: number };
    footer.claims = 2 ** 40;
    const payload = Buffer.concat([bytes.subarray(last.start, last.start + 1), Buffer.from(JSON.stringify(footer))]);
    const head = Buffer.alloc(8);
    head.writeUInt32LE(payload.length, 0);
    head.writeUInt32LE(crc32(payload), 4);
    await writeFile(path, Buffer.concat([bytes.subarray(0, last.start - 8), head, payload]));
    const error = await new MemoryStore({ dataDir: dir }).open().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'store.corrupt', message: expect.stringMatching(/1 claims read, the footer says 1099511627776/) as unknown });
  });
});

describe('claim indexes that hold a position no claim has', () => {
  it('are not written; the reader rebuilds them from the claims', async () => {
    const store = await openStore();
    await populate(store);
    const state = stateOf(store);
    await store.commit({ entities: [entity()] }); // so that close() writes a snapshot
    const claims = dump(state)['claims'];
    // What rebuilding from the claims gives: the state applied afresh from its own records.
    const rebuilt = new GraphState();
    for (const changes of state.asChangeSets()) rebuilt.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
    const [, positions] = [...state.claimsBySubject][0]!;
    (positions as number[]).push(state.claims.size + 10); // a position no claim has
    await closeStore(store);
    const reopened = dump(stateOf(await openStore()));
    expect(reopened['claims']).toEqual(claims);
    for (const index of ['claimsBySubject', 'claimsByObject', 'claimsByKey', 'claimsByPredicate', 'claimsBySource', 'claimsByKeyPeriod']) {
      expect(reopened[index], index).toEqual(dump(rebuilt)[index]);
    }
  });
});

/** Payload ranges of the blocks of a binary snapshot file (8 magic bytes, then u32 length, u32 crc, payload). */
function blocks(bytes: Buffer): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let pos = 8; pos < bytes.length; ) {
    const length = bytes.readUInt32LE(pos);
    out.push({ start: pos + 8, end: pos + 8 + length });
    pos += 8 + length;
  }
  return out;
}

function lastBlockOffset(bytes: Buffer): number {
  return blocks(bytes).at(-1)!.start - 8;
}
