// Claims stating the same qualifiers share one frozen list in the embedded store, across a restart too, and
// detection keys such a list once; the caller's own lists are never frozen or shared.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addClaims } from '../../src/app/add-claims.js';
import { createAppContext, SYSTEM_ACTOR } from '../../src/app/context.js';
import { qualifiersKey } from '../../src/domain/conflicts/comparability.js';
import type { Claim } from '../../src/domain/model.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const share = (url: string, value: string, qualifiers: Array<{ key: string; value: string }>) => ({
  text: `Acme holds ${value} of the widget market`,
  subject: 'Acme Qualified Corp',
  predicate: 'market_share',
  object: 'widget market',
  value,
  period: 'Q1 2025',
  qualifiers,
  source: { url },
});

async function open(dataDir: string): Promise<MemoryStore> {
  // 0: close always writes a snapshot, so the reopen below reads the claims from one.
  const store = new MemoryStore({ dataDir, closeSnapshotAfterBytes: 0 });
  await store.open();
  return store;
}

describe('qualifier lists in the embedded store', () => {
  it('are shared by claims that state the same qualifiers, frozen, and shared again after a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-qualifiers-'));
    dirs.push(dataDir);
    const enterprise = () => [{ key: 'segment', value: 'enterprise' }];
    const inputs = [
      share('https://a.example/1', '30%', enterprise()),
      share('https://b.example/2', '31%', enterprise()),
      share('https://c.example/3', '32%', [{ key: 'segment', value: 'consumer' }]),
    ];
    let store = await open(dataDir);
    const { claims } = await addClaims(await createAppContext(store), inputs, SYSTEM_ACTOR);
    let [a, b, c] = await store.getClaims(claims.map((claim) => claim.id));
    expect(a!.qualifiers).toBe(b!.qualifiers);
    expect(a!.qualifiers).not.toBe(c!.qualifiers);
    expect(Object.isFrozen(a!.qualifiers) && Object.isFrozen(a!.qualifiers[0])).toBe(true);
    expect(() => (a!.qualifiers as Array<{ key: string; value: string }>).push({ key: 'x', value: 'y' })).toThrow(TypeError);
    await store.close();

    store = await open(dataDir);
    [a, b, c] = await store.getClaims(claims.map((claim) => claim.id));
    expect(a!.qualifiers).toEqual([{ key: 'segment', value: 'enterprise' }]);
    expect(a!.qualifiers).toBe(b!.qualifiers);
    expect(c!.qualifiers).toEqual([{ key: 'segment', value: 'consumer' }]);
    expect(Object.isFrozen(c!.qualifiers)).toBe(true);
    await store.close();
  });
});

/** A list frozen as the store shares them (typed as a claim's list, which the store's are). */
const frozen = (list: Array<{ key: string; value: string }>): Claim['qualifiers'] => Object.freeze(list.map((q) => Object.freeze({ ...q }))) as unknown as Claim['qualifiers'];

describe('a claim record committed to the embedded store', () => {
  it("gets the shared frozen list, and the list its caller holds stays the caller's, unfrozen", async () => {
    const store = new MemoryStore({ dataDir: null });
    await store.open();
    const app = await createAppContext(store);
    // The record first: its list is the first of its kind the store sees, so it is the one a pool could keep.
    const { claims: [template] } = await addClaims(app, [share('https://a.example/1', '30%', [])], SYSTEM_ACTOR);
    const held = [{ key: 'segment', value: 'enterprise' }];
    await store.commit({ claims: [{ ...template!, id: 'clm_held', fingerprint: 'held', qualifiers: held }] });
    const { claims: [later] } = await addClaims(app, [share('https://b.example/2', '31%', [{ key: 'segment', value: 'enterprise' }])], SYSTEM_ACTOR);
    const [stored, sharing] = await store.getClaims(['clm_held', later!.id]);
    expect(stored!.qualifiers).toBe(sharing!.qualifiers);
    expect(stored!.qualifiers).not.toBe(held);
    expect(Object.isFrozen(held) || Object.isFrozen(held[0])).toBe(false);
    held.push({ key: 'region', value: 'EU' }); // the caller's list is still its own to change
    expect(stored!.qualifiers).toEqual([{ key: 'segment', value: 'enterprise' }]);
    await store.close();
  });
});

describe('qualifiersKey', () => {
  it('gives a frozen list and an equal unfrozen one the same key', () => {
    const open = [{ key: 'Region', value: 'US ' }, { key: 'measure', value: 'usage' }];
    const shared = frozen(open);
    expect(qualifiersKey(shared)).toBe(qualifiersKey(open));
    expect(qualifiersKey(shared)).toBe(qualifiersKey(shared));
  });

  it('reads a list that can change afresh each time, and one whose qualifiers can change too', () => {
    const list = [{ key: 'region', value: 'US' }];
    const before = qualifiersKey(list);
    list[0]!.value = 'EU';
    expect(qualifiersKey(list)).not.toBe(before);
    // The list frozen, its qualifier not: it can still change, so its key is not remembered.
    const frozenList = Object.freeze([{ key: 'region', value: 'US' }]) as unknown as Claim['qualifiers'];
    const frozenBefore = qualifiersKey(frozenList);
    frozenList[0]!.value = 'EU';
    expect(qualifiersKey(frozenList)).not.toBe(frozenBefore);
  });
});
