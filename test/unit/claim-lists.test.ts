// ClaimLists: claim positions by key in claim-id order, restored lists read back as the snapshot's rows.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/model.js';
import { ClaimLists, RestoredLists, unionByClaimId } from '../../src/store/memory/claim-lists.js';
import { ClaimTable } from '../../src/store/memory/claim-table.js';

const claimOf = (id: string): Claim => ({ id, version: 1 }) as unknown as Claim;

/** 3,000 restored claims clm_000000..clm_002999, each at the position of its row. */
function restoredClaims(): ClaimTable {
  const table = new ClaimTable();
  table.reserve(3000);
  for (let row = 0; row < 3000; row++) table.restore(claimOf(`clm_${String(row).padStart(6, '0')}`));
  return table;
}

/** Lists over restored claims: 'a' rows [0, 2], 'b' [1], 'long' 1,500 even rows (longer than the exact-length limit). */
function restored(table = restoredClaims()): ClaimLists {
  const rows = new RestoredLists();
  const long = Array.from({ length: 1500 }, (_, k) => 2 * k);
  const block = rows.addBlock(Uint32Array.from([0, 2, 1, ...long]));
  const lists = new ClaimLists(table);
  lists.restore('a', rows, rows.addList(block, 0, 2));
  lists.restore('b', rows, rows.addList(block, 2, 1));
  lists.restore('long', rows, rows.addList(block, 3, long.length));
  return lists;
}

describe('ClaimLists', () => {
  it('gives a restored list as its rows, which are the restored claims positions: the same array on every read', () => {
    const lists = restored();
    const a = lists.get('a');
    expect(a).toEqual([0, 2]);
    expect(lists.get('a')).toBe(a);
    expect(lists.idsOf('a')).toEqual(['clm_000000', 'clm_000002']);
    expect(lists.get('b')).toEqual([1]);
    expect(lists.get('long')).toHaveLength(1500);
    expect(lists.get('long')!.at(-1)).toBe(2998);
    expect(lists.get('missing')).toBeUndefined();
    expect(lists.idsOf('missing')).toEqual([]);
  });

  it('gives positions, never list numbers, through iteration and entries, and keeps the keys order once read', () => {
    const lists = restored();
    expect(lists.size).toBe(3);
    lists.get('b');
    expect([...lists.keys()]).toEqual(['a', 'b', 'long']);
    expect([...lists].slice(0, 2)).toEqual([
      ['a', [0, 2]],
      ['b', [1]],
    ]);
    for (const [, positions] of restored().entries()) expect(Array.isArray(positions)).toBe(true);
    const visited: Array<[string, readonly number[]]> = [];
    restored().forEachList((key, positions) => visited.push([key, positions]));
    expect(visited.map(([key]) => key)).toEqual(['a', 'b', 'long']);
    expect(visited.slice(0, 2)).toEqual([
      ['a', [0, 2]],
      ['b', [1]],
    ]);
    expect(visited[2]![1]).toHaveLength(1500);
  });

  it('keeps each list in claim-id order whatever order positions arrive in, each claim once', () => {
    const table = new ClaimTable();
    const positions = ['clm_c', 'clm_a', 'clm_e', 'clm_b'].map((id) => table.append(claimOf(id)));
    const lists = new ClaimLists(table);
    for (const position of positions) lists.add('k', position);
    lists.add('k', positions[1]!); // clm_a again
    expect(lists.idsOf('k')).toEqual(['clm_a', 'clm_b', 'clm_c', 'clm_e']);
    expect(lists.get('k')).toEqual([1, 3, 0, 2]);
    lists.remove('k', positions[0]!);
    lists.remove('k', table.append(claimOf('clm_d'))); // not listed: nothing changes
    expect(lists.idsOf('k')).toEqual(['clm_a', 'clm_b', 'clm_e']);
    for (const position of [1, 3, 2]) lists.remove('k', position);
    expect(lists.get('k')).toBeUndefined();
    expect(lists.size).toBe(0);
  });

  it('takes writes to a restored list, as the state makes them when a claim is added or changed', () => {
    const table = restoredClaims();
    const lists = restored(table);
    const added = table.append(claimOf('clm_000001a')); // sorts between rows 1 and 2
    lists.add('a', 1);
    lists.add('a', added);
    lists.add('new', added);
    expect(lists.idsOf('a')).toEqual(['clm_000000', 'clm_000001', 'clm_000001a', 'clm_000002']);
    expect(lists.get('new')).toEqual([3000]);
    lists.remove('b', 1);
    expect(lists.get('b')).toBeUndefined();
    expect(lists.toJSON().map(([key]) => key)).toEqual(['a', 'long', 'new']);
  });

  it('hands the snapshot writer unmade lists as their rows and made ones as positions, making nothing', () => {
    const lists = restored();
    lists.get('b');
    const held = new Map(lists.heldEntries());
    expect([...(held.get('a') as Uint32Array)]).toEqual([0, 2]);
    expect(held.get('a')).toBeInstanceOf(Uint32Array);
    expect(held.get('b')).toEqual([1]);
    expect(held.get('long')).toBeInstanceOf(Uint32Array);
    expect(new Map(lists.heldEntries()).get('a')).toBeInstanceOf(Uint32Array); // still unmade
  });
});

describe('unionByClaimId', () => {
  it('merges lists in claim-id order, each claim once, and returns a single list as it is', () => {
    const ids = ['clm_d', 'clm_a', 'clm_c', 'clm_b'];
    const idAt = (position: number): string => ids[position]!;
    expect(unionByClaimId([[1, 2], [3, 2, 0], []], idAt)).toEqual([1, 3, 2, 0]);
    const only = [1, 0];
    expect(unionByClaimId([[], only], idAt)).toBe(only);
    expect(unionByClaimId([], idAt)).toEqual([]);
  });
});
