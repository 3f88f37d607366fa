// ClaimTable: claims by id, restored ones in a typed-array hash table and later ones in a Map, read as one Map or by position.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/model.js';
import { ClaimTable } from '../../src/store/memory/claim-table.js';
import { hashOf } from '../../src/store/memory/row-hash.js';

const claimOf = (id: string, version = 1): Claim => ({ id, version }) as unknown as Claim;
const ids = (table: ClaimTable): string[] => [...table.values()].map((claim) => claim.id);

function restoredTable(count: number): ClaimTable {
  const table = new ClaimTable();
  table.reserve(Math.min(count, 4)); // fewer than restored: the table grows
  for (let row = 0; row < count; row++) expect(table.restore(claimOf(`clm_${row}`))).toBe(true);
  return table;
}

/** Three restored claims, one of them replaced, and two added, the first of those replaced too. */
function mixedTable(): ClaimTable {
  const table = restoredTable(3);
  table.set('clm_9', claimOf('clm_9'));
  table.set('clm_1', claimOf('clm_1', 2));
  table.set('clm_5', claimOf('clm_5'));
  table.set('clm_9', claimOf('clm_9', 2));
  return table;
}

describe('ClaimTable', () => {
  it('finds every restored claim by id, and nothing else', () => {
    const table = restoredTable(5000);
    expect(table.size).toBe(5000);
    for (let row = 0; row < 5000; row += 7) expect(table.get(`clm_${row}`)?.id).toBe(`clm_${row}`);
    expect(table.get('clm_5000')).toBeUndefined();
    expect(table.has('clm_4999')).toBe(true);
    expect(table.has('nope')).toBe(false);
  });

  it('tells apart ids whose hashes collide', () => {
    expect(hashOf('clm_389811')).toBe(hashOf('clm_1004500')); // a full 32-bit FNV collision
    const table = new ClaimTable();
    table.reserve(2);
    expect(table.restore(claimOf('clm_389811'))).toBe(true);
    expect(table.get('clm_1004500')).toBeUndefined();
    expect(table.restore(claimOf('clm_1004500'))).toBe(true);
    expect(table.get('clm_389811')?.id).toBe('clm_389811');
    expect(table.get('clm_1004500')?.id).toBe('clm_1004500');
  });

  it('answers a lookup by something that is not a string as a Map would', () => {
    const table = restoredTable(3);
    expect(table.get(null as unknown as string)).toBeUndefined();
  });

  it('refuses a restored id twice', () => {
    const table = restoredTable(3);
    expect(table.restore(claimOf('clm_1'))).toBe(false);
    expect(table.size).toBe(3);
  });

  it('iterates as a Map: restored claims, then added ones, a replaced claim in its place', () => {
    const table = mixedTable();
    expect(ids(table)).toEqual(['clm_0', 'clm_1', 'clm_2', 'clm_9', 'clm_5']);
    expect(table.get('clm_1')?.version).toBe(2);
    expect(table.get('clm_9')?.version).toBe(2);
    expect(table.size).toBe(5);
    expect([...table].map(([id]) => id)).toEqual(ids(table));
  });

  it('reads by position what iteration yields there, restored and added claims alike, and nothing past the end', () => {
    const table = mixedTable();
    const byPosition = Array.from({ length: table.size }, (_, position) => table.at(position));
    expect(byPosition).toEqual([...table.values()]);
    expect(byPosition.map((claim) => `${claim!.id}@${claim!.version}`)).toEqual(['clm_0@1', 'clm_1@2', 'clm_2@1', 'clm_9@2', 'clm_5@1']);
    expect(table.at(table.size)).toBeUndefined();
  });

  it('works as a plain map when nothing was restored', () => {
    const table = new ClaimTable();
    table.set('b', claimOf('b'));
    table.set('a', claimOf('a'));
    expect(ids(table)).toEqual(['b', 'a']);
    expect(table.get('a')?.id).toBe('a');
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('a')).toBeUndefined();
  });

  it('restores only into a table nothing was added to', () => {
    const table = new ClaimTable();
    table.set('a', claimOf('a'));
    expect(() => table.reserve(10)).toThrow(/empty table/);
    expect(() => table.restore(claimOf('b'))).toThrow(/before any is added/);
  });
});
