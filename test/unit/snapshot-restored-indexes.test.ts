// What a restart from a binary snapshot keeps unbuilt or in typed arrays (claims' history entries, claim ids by
// fingerprint) answers exactly as the maps a replay of the journal builds, before and after later writes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim, HistoryEntry } from '../../src/domain/model.js';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import type { ChangeSet } from '../../src/store/port.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { GraphState } from '../../src/store/memory/state.js';
import { claim, conflict, entity, history, source } from '../support/records.js';

let dir: string;
const open: MemoryStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-restored-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
  await rm(dir, { recursive: true, force: true });
});

async function reopen(): Promise<MemoryStore> {
  // Each close writes a snapshot, however few records it follows: the next open is to read them from one.
  const store = new MemoryStore({ dataDir: dir, closeSnapshotAfterBytes: 0 });
  await store.open();
  open.push(store);
  return store;
}

async function closeAll(): Promise<void> {
  await Promise.all(open.splice(0).map((store) => store.close()));
}

/** The same change sets applied to a fresh state: the maps every answer must match. */
function replayed(changeSets: readonly ChangeSet[]): GraphState {
  const state = new GraphState();
  for (const changes of changeSets) state.apply(JSON.parse(JSON.stringify(changes)) as ChangeSet);
  return state;
}

const maker = entity();
const market = entity({ kind: 'MARKET' });
const web = source();
/** Claims, two of them sharing one fingerprint (the later one is what the map holds). */
const claims: Claim[] = Array.from({ length: 40 }, (_, i) => claim(maker, web, { objectId: i % 2 ? market.id : null, fingerprint: `fp-${i}` }));
claims[7] = { ...claims[7]!, fingerprint: 'fp-shared' };
claims[21] = { ...claims[21]!, fingerprint: 'fp-shared' };
const disputed = conflict([claims[0]!, claims[1]!]);
const created = claims.map((c) => history(c.id));

const before: ChangeSet[] = [
  { predicates: [...BUILTIN_PREDICATES] },
  { entities: [maker, market], sources: [web] },
  { claims, history: created },
  {
    conflicts: [disputed],
    history: [
      history(claims[3]!.id, { action: 'updated', fromVersion: 1, toVersion: 2, changes: { status: { from: 'CANDIDATE', to: 'ACCEPTED' } }, note: 'checked' }),
      history(maker.id),
      history(disputed.id),
      history('clm_no_longer_held'),
      { ...history(claims[5]!.id), extra: 'kept whole' } as HistoryEntry,
    ],
  },
];

function updated(c: Claim, overrides: Partial<Claim>): Claim {
  return { ...c, ...overrides, version: c.version + 1, updatedAt: '2026-03-01T00:00:00.000Z' };
}

/** Writes after the restart: history added to restored claims and replaced by id, fingerprints moved and reused. */
const after: ChangeSet[] = [
  { history: [history(claims[2]!.id, { action: 'status', fromVersion: 1, toVersion: 2 }), history(claims[3]!.id, { action: 'noted', note: 'again' })] },
  { history: [{ ...created[4]!, note: 'replaced' }, history(claims[6]!.id, { action: 'noted' })] },
  { claims: [updated(claims[21]!, { fingerprint: 'fp-moved' })] },
  { claims: [updated(claims[9]!, { fingerprint: 'fp-10' })] },
  { claims: [updated(claims[11]!, { fingerprint: 'fp-new' })] },
  { claims: [claim(maker, web, { fingerprint: 'fp-11' })] },
];

/** Every node's history and every fingerprint's claim, as the store answers. */
async function answers(store: MemoryStore, nodes: readonly string[], fingerprints: readonly string[]) {
  return {
    history: await store.historyOf(nodes),
    fingerprints: (await store.findClaimsByFingerprint(fingerprints)).map((found) => found?.id ?? null),
  };
}

function expected(state: GraphState, nodes: readonly string[], fingerprints: readonly string[]) {
  return {
    history: nodes.map((id) => state.historyOf(id)),
    fingerprints: fingerprints.map((fingerprint) => state.claimByFingerprint.get(fingerprint) ?? null),
  };
}

const allNodes = [...claims.map((c) => c.id), maker.id, market.id, disputed.id, 'clm_no_longer_held', 'clm_never_held'];
const allFingerprints = [...claims.map((c) => c.fingerprint), 'fp-moved', 'fp-new', 'fp-unknown'];

describe('a restart from a binary snapshot', () => {
  it('answers history and fingerprint lookups as a replay does', async () => {
    const store = await reopen();
    for (const changes of before) await store.commit(changes);
    await closeAll();
    const restarted = await reopen();
    const state = replayed(before);
    expect(await answers(restarted, allNodes, allFingerprints)).toEqual(expected(state, allNodes, allFingerprints));
    expect(state.claimByFingerprint.get('fp-shared')).toBe(claims[21]!.id);
    expect(state.historyOf(claims[3]!.id)).toHaveLength(2);
  });

  it('and after later writes, and after the next restart', async () => {
    const store = await reopen();
    for (const changes of before) await store.commit(changes);
    await closeAll();
    const restarted = await reopen();
    for (const changes of after) await restarted.commit(changes);
    const state = replayed([...before, ...after]);
    const fingerprints = [...allFingerprints, 'fp-10', 'fp-11'];
    expect(await answers(restarted, allNodes, fingerprints)).toEqual(expected(state, allNodes, fingerprints));
    // The awkward cases, spelled out: a shared fingerprint whose holder moved away is gone (the map deletes it),
    // an entry with the id of one already held replaces it.
    expect(state.claimByFingerprint.get('fp-shared')).toBeUndefined();
    expect(state.historyOf(claims[4]!.id).map((entry) => entry.note)).toEqual(['replaced']);
    expect(state.historyOf(claims[6]!.id)).toHaveLength(2);
    await closeAll();
    // A restart rebuilds the fingerprint map from the claims in id order, as a JSON-lines snapshot always did:
    // a fingerprint two claims hold goes to the later one, whichever was written last.
    const rebuilt = replayed([...state.asChangeSets()]);
    expect(rebuilt.claimByFingerprint.get('fp-shared')).toBe(claims[7]!.id);
    const again = await reopen();
    expect(await answers(again, allNodes, fingerprints)).toEqual(expected(rebuilt, allNodes, fingerprints));
  });
});

const stateOf = (store: MemoryStore): GraphState => (store as unknown as { state: GraphState }).state;

/** Every claim index as sorted [key, ids] entries (keyPeriod as [key, [periodKey, ids]]): the lists, whatever order the maps hold keys in. */
function indexesOf(state: GraphState): Record<string, unknown> {
  const byKey = <T>(entries: Array<[string, T]>) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const flat = { subject: state.claimsBySubject, object: state.claimsByObject, key: state.claimsByKey, predicate: state.claimsByPredicate, source: state.claimsBySource };
  return {
    ...Object.fromEntries(Object.entries(flat).map(([name, lists]) => [name, byKey(lists.toJSON())])),
    keyPeriod: byKey([...state.claimsByKeyPeriod].map(([key, byPeriod]): [string, unknown] => [key, byKey(byPeriod.toJSON())])),
  };
}

describe('claim index lists a restart left unbuilt', () => {
  it('are written by the next snapshot as a replay holds them, with claims written since sorting before, among and after theirs', async () => {
    // Claims of their own subjects and sources, which no later write touches: their lists stay unbuilt.
    const makers = [entity(), entity(), entity()];
    const sources = [source(), source()];
    const untouched = makers.flatMap((m, i) => sources.map((s, j) => claim(m, s, { predicate: i ? 'revenue' : 'market_share', fingerprint: `fp-u${i}${j}` })));
    const first: ChangeSet[] = [...before, { entities: makers, sources, claims: untouched }];
    const store = await reopen();
    for (const changes of first) await store.commit(changes);
    await closeAll();
    const restarted = await reopen();
    // One list is read (so built) before the writes; the others stay snapshot rows until the next snapshot.
    await restarted.listClaims([{ filter: { subjectIds: [maker.id] }, page: { first: 1 } }]);
    const ids = claims.map((c) => c.id).sort();
    const other = entity();
    const since: ChangeSet[] = [
      { entities: [other] },
      {
        claims: [
          claim(maker, web, { id: 'clm_00000000000000000000000000', objectId: market.id, fingerprint: 'fp-first' }),
          claim(other, web, { id: `${ids[19]}0`, objectId: market.id, fingerprint: 'fp-middle' }),
          claim(maker, web, { fingerprint: 'fp-last' }),
        ],
      },
      // A restored claim moves to another subject and gains an object: lists it leaves and joins change.
      { claims: [updated(claims[12]!, { subjectId: other.id, objectId: market.id })] },
    ];
    for (const changes of since) await restarted.commit(changes);
    const unbuiltLists = (): number =>
      [stateOf(restarted).claimsByKey, ...stateOf(restarted).claimsByKeyPeriod.values()]
        .flatMap((lists) => [...lists.heldEntries()])
        .filter(([, held]) => held instanceof Uint32Array).length;
    const unbuilt = unbuiltLists();
    expect(unbuilt).toBeGreaterThan(0);
    await closeAll();
    expect(unbuiltLists()).toBe(unbuilt); // the snapshot wrote them from their rows, building none
    const again = await reopen();
    expect(indexesOf(stateOf(again))).toEqual(indexesOf(replayed([...first, ...since])));
    expect((await again.listClaims([{ filter: { subjectIds: [maker.id] }, page: { first: 100 } }]))[0]!.items.map((c) => c.id)[0]).toBe('clm_00000000000000000000000000');
  });
});
