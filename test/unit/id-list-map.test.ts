// IdListMap: lists restored as claim row numbers read back as the claim ids, by every way a Map is read.
import { describe, expect, it } from 'vitest';
import { IdListMap, RestoredRows } from '../../src/store/memory/id-list-map.js';
import { addId } from '../../src/store/memory/id-lists.js';

const claimIds = Array.from({ length: 3000 }, (_, row) => `clm_${String(row).padStart(6, '0')}`);

/** A map with three restored lists: rows [0, 2], [1] and 1,500 even rows (longer than the exact-length limit). */
function restored(): IdListMap {
  const rows = new RestoredRows(claimIds);
  const long = Array.from({ length: 1500 }, (_, k) => 2 * k);
  const block = rows.addBlock(Uint32Array.from([0, 2, 1, ...long]));
  const map = new IdListMap();
  map.restore('a', rows, rows.addList(block, 0, 2));
  map.restore('b', rows, rows.addList(block, 2, 1));
  map.restore('long', rows, rows.addList(block, 3, long.length));
  return map;
}

describe('IdListMap', () => {
  it('gives a restored list as its claim ids, the same array on every read', () => {
    const map = restored();
    const a = map.get('a');
    expect(a).toEqual(['clm_000000', 'clm_000002']);
    expect(map.get('a')).toBe(a);
    expect(map.get('b')).toEqual(['clm_000001']);
    expect(map.get('long')).toHaveLength(1500);
    expect(map.get('long')!.at(-1)).toBe('clm_002998');
    expect(map.get('missing')).toBeUndefined();
  });

  it('gives ids, never row numbers, through iteration, entries, values and forEach', () => {
    const expected = [
      ['a', ['clm_000000', 'clm_000002']],
      ['b', ['clm_000001']],
    ];
    expect([...restored()].slice(0, 2)).toEqual(expected);
    expect([...restored().entries()].slice(0, 2)).toEqual(expected);
    expect([...restored().values()].slice(0, 2)).toEqual(expected.map(([, ids]) => ids));
    const seen: unknown[] = [];
    restored().forEach((ids, key) => seen.push([key, ids]));
    expect(seen.slice(0, 2)).toEqual(expected);
    for (const ids of restored().values()) expect(ids.every((id) => typeof id === 'string')).toBe(true);
  });

  it('knows restored keys before any is read, and keeps their order once read', () => {
    const map = restored();
    expect(map.size).toBe(3);
    expect(map.has('b')).toBe(true);
    map.get('b');
    expect([...map.keys()]).toEqual(['a', 'b', 'long']);
  });

  it('takes writes to a restored list, as the state makes them when a claim is added', () => {
    const map = restored();
    addId(map, 'a', 'clm_000001');
    addId(map, 'new', 'clm_000009');
    expect(map.get('a')).toEqual(['clm_000000', 'clm_000001', 'clm_000002']);
    expect(map.get('new')).toEqual(['clm_000009']);
    map.set('b', ['clm_000005']);
    expect(map.get('b')).toEqual(['clm_000005']);
  });
});

describe('RestoredRows, for the snapshot writer', () => {
  it('gives each restored row its place in a claim order with claims added before, among and after', () => {
    const rows = new RestoredRows(['clm_b', 'clm_d', 'clm_f']);
    expect([...rows.rowsIn(['clm_a', 'clm_b', 'clm_c', 'clm_d', 'clm_f', 'clm_g'])!]).toEqual([1, 3, 4]);
    expect([...rows.rowsIn(['clm_b', 'clm_d', 'clm_f'])!]).toEqual([0, 1, 2]);
  });

  it('gives null when the restored rows are not in id order, or one is missing from the order', () => {
    expect(new RestoredRows(['clm_d', 'clm_b']).rowsIn(['clm_b', 'clm_d'])).toBeNull();
    expect(new RestoredRows(['clm_b', 'clm_c']).rowsIn(['clm_b', 'clm_d'])).toBeNull();
  });

  it('hands the writer unbuilt lists as their rows and built ones as ids, building nothing', () => {
    const map = restored();
    map.get('b');
    const held = new Map(map.heldEntries());
    expect([...(held.get('a') as Uint32Array)]).toEqual([0, 2]);
    expect(held.get('b')).toEqual(['clm_000001']);
    expect(held.get('long')).toBeInstanceOf(Uint32Array);
    expect(map.get('a')).toEqual(['clm_000000', 'clm_000002']);
  });
});
