// The embedded store against a model of what it should hold: random claims added (some with ids out of id
// order), moved to other subjects, markets, predicates, periods and sources, restarts from a snapshot or from
// the journal alone, and every claim filter paged through with cursors compared with a brute-force answer.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/app/ids.js';
import type { Claim } from '../../src/domain/model.js';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { ClaimFilter } from '../../src/store/port.js';
import { claim, entity, period, source } from '../support/records.js';
import { seededRandom } from '../support/seeded-random.js';

let dir: string;
let store: MemoryStore | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-model-'));
});

afterEach(async () => {
  await store?.close();
  store = undefined;
  await rm(dir, { recursive: true, force: true });
});

const companies = Array.from({ length: 6 }, () => entity());
const markets = Array.from({ length: 2 }, () => entity({ kind: 'MARKET' }));
const sources = Array.from({ length: 3 }, () => source());
const periods = [period('2024-01-01', '2024-12-31'), period('2024-07-01', '2024-09-30'), period('2025-01-01', '2025-03-31')];
const predicates = ['market_share', 'revenue', 'headcount'];

async function openStore(options: { snapshotAtClose: boolean; snapshotAfterBytes?: number }): Promise<MemoryStore> {
  const opened = new MemoryStore({
    dataDir: dir,
    closeSnapshotAfterBytes: options.snapshotAtClose ? 0 : Number.MAX_SAFE_INTEGER,
    snapshotAfterBytes: options.snapshotAfterBytes,
  });
  await opened.open();
  return opened;
}

/** Every matching claim, paged through `first` at a time from cursor to cursor. */
async function pagedIds(filter: ClaimFilter, first: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const [page] = await store!.listClaims([{ filter, page: { first, after } }]);
    ids.push(...page!.items.map((c) => c.id));
    if (!page!.hasNextPage) return ids;
    after = page!.endCursor;
  }
  throw new Error('paging did not end');
}

function matches(c: Claim, filter: ClaimFilter): boolean {
  return (
    (!filter.ids || filter.ids.includes(c.id)) &&
    (!filter.subjectIds || filter.subjectIds.includes(c.subjectId)) &&
    (!filter.objectIds || (c.objectId !== null && filter.objectIds.includes(c.objectId))) &&
    (!filter.entityIds || filter.entityIds.includes(c.subjectId) || (c.objectId !== null && filter.entityIds.includes(c.objectId))) &&
    (!filter.predicates || filter.predicates.includes(c.predicate)) &&
    (!filter.sourceIds || c.citations.some((citation) => filter.sourceIds!.includes(citation.sourceId)))
  );
}

async function run(seed: number): Promise<void> {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** What the store should hold: each claim's latest version. */
  const model = new Map<string, Claim>();

  const fields = (): Partial<Claim> => ({
    subjectId: pick(companies).id,
    objectId: next() < 0.3 ? null : pick(markets).id,
    predicate: pick(predicates),
    periodId: next() < 0.2 ? null : pick(periods).id,
    citations: (next() < 0.5 ? [pick(sources)] : [sources[0]!, pick(sources.slice(1))]).map((s) => ({ sourceId: s.id, quote: '32%', start: 10, end: 13, prefix: 'holds ', suffix: ' of' })),
  });
  // Ids out of id order: below, among and above the ULIDs the rest get (a client's import keeps its own ids).
  const idOf = (): string => (next() < 0.35 ? `clm_${pick(['0', '7', 'Z', 'z'])}${Math.floor(next() * 1e9).toString(36)}` : newId('Claim'));

  const check = async (): Promise<void> => {
    const all = [...model.values()];
    const filters: ClaimFilter[] = [
      {},
      { subjectIds: [pick(companies).id] },
      { subjectIds: [companies[0]!.id, companies[3]!.id, companies[5]!.id] },
      { entityIds: [pick(companies).id, pick(markets).id] },
      { objectIds: [pick(markets).id] },
      { predicates: [pick(predicates), pick(predicates)] },
      { sourceIds: [pick(sources).id, pick(sources).id] },
      { subjectIds: [pick(companies).id], predicates: [pick(predicates)] },
      { ids: [...all.slice(0, 3).map((c) => c.id), 'clm_no_such_claim'] },
    ];
    for (const filter of filters) {
      const expected = all.filter((c) => matches(c, filter)).map((c) => c.id).sort();
      expect(await pagedIds(filter, 1 + Math.floor(next() * 5)), JSON.stringify(filter)).toEqual(expected);
    }
    const key = { subjectId: pick(companies).id, predicate: pick(predicates), objectId: pick([null, ...markets.map((m) => m.id)]) };
    const [byKey] = await store!.claimsByKey([key]);
    const expectedByKey = all.filter((c) => c.subjectId === key.subjectId && c.predicate === key.predicate && c.objectId === key.objectId);
    expect(byKey!.map((c) => c.id).sort()).toEqual(expectedByKey.map((c) => c.id).sort());
    const stored = await store!.getClaims(all.map((c) => c.id));
    expect(stored).toEqual(all);
  };

  store = await openStore({ snapshotAtClose: true });
  await store.commit({ predicates: [...BUILTIN_PREDICATES], entities: [...companies, ...markets], sources, periods });
  for (let step = 0; step < 60; step++) {
    const action = next();
    if (action < 0.5 || model.size === 0) {
      const added = Array.from({ length: 1 + Math.floor(next() * 4) }, () => claim(companies[0]!, sources[0]!, { id: idOf(), ...fields() }))
        .filter((c) => !model.has(c.id));
      for (const c of added) model.set(c.id, c);
      await store.commit({ claims: added });
    } else if (action < 0.85) {
      const previous = pick([...model.values()]);
      const moved: Claim = { ...previous, ...fields(), version: previous.version + 1 };
      model.set(moved.id, moved);
      await store.commit({ claims: [moved] });
    } else {
      // A restart: from a snapshot written at close, or from the journal (and any snapshot written on the way).
      await store.close();
      store = await openStore({ snapshotAtClose: next() < 0.5, snapshotAfterBytes: next() < 0.3 ? 2048 : undefined });
    }
    if (step % 10 === 9) await check();
  }
  await store.close();
  store = await openStore({ snapshotAtClose: true });
  await check();
}

describe('the embedded store against a model of its claims', () => {
  it.each([1, 2, 3, 4, 5, 6])('answers every filter, paged, as the model does (seed %i)', async (seed) => {
    await run(seed);
  });
});
