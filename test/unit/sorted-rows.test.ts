// SortedRows: the snapshot writer's claim rows, found by searching from the last row found instead of a Map.
import { describe, expect, it } from 'vitest';
import { SortedRows } from '../../src/store/memory/id-lists.js';

/** A deterministic pseudo-random source, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const idOf = (n: number): string => `clm_${n.toString(36).padStart(8, '0')}`;

describe('SortedRows', () => {
  it('finds every row of a sorted list, whatever order it is asked in, as indexOf does', () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const size = Math.floor(next() * 300);
      const ids = [...new Set(Array.from({ length: size }, () => idOf(Math.floor(next() * 5000))))].sort();
      const rows = new SortedRows(ids);
      for (let ask = 0; ask < 400; ask++) {
        // Mostly ascending runs (as history and lists ask), with jumps back and ids the list does not hold.
        const id = next() < 0.2 ? idOf(Math.floor(next() * 5000)) : ids[Math.floor(next() * ids.length)] ?? idOf(1);
        const expected = ids.indexOf(id);
        expect(rows.rowOf(id), `${id} in a list of ${ids.length}`).toBe(expected < 0 ? undefined : expected);
      }
    }
  });

  it('walks a list in order, and finds nothing in an empty one or outside the range', () => {
    const ids = Array.from({ length: 1000 }, (_, n) => idOf(n * 3 + 1));
    const rows = new SortedRows(ids);
    ids.forEach((id, row) => expect(rows.rowOf(id)).toBe(row));
    expect(rows.rowOf(idOf(0))).toBeUndefined();
    expect(rows.rowOf(idOf(2))).toBeUndefined();
    expect(rows.rowOf(idOf(5000))).toBeUndefined();
    expect(rows.rowOf(ids[0]!)).toBe(0);
    expect(new SortedRows([]).rowOf(idOf(1))).toBeUndefined();
  });
});
