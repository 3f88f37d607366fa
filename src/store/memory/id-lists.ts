// Sorted id lists (entities, sources and conflicts in id order, for paging) and row lookups in them.

/** Keeps ids sorted: appends when ids arrive in order (the usual case: ULIDs), else inserts. */
export function insertSorted(ids: string[], id: string): void {
  const last = ids[ids.length - 1];
  if (last === undefined || last < id) {
    ids.push(id);
    return;
  }
  const at = lowerBound(ids, id);
  if (ids[at] !== id) ids.splice(at, 0, id);
}

/** Index of the first id not below `id` in a sorted list, searched for in [low, high] (all of it by default). */
export function lowerBound(ids: readonly string[], id: string, low = 0, high = ids.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether every id is above the one before it (code-unit order, as the sorted lists keep it). */
export function isAscending(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++) if (!(ids[i - 1]! < ids[i]!)) return false;
  return true;
}

/**
 * Rows of ids in one sorted list, each found by searching on from the row found last: lookups that go in id
 * order cost a few comparisons each, and nothing is built first (a snapshot filled a Map of a million claim
 * ids, 0.7 s, to write the claims' history). Lookups in no order cost a binary search each.
 */
export class SortedRows {
  private last = 0;

  constructor(private readonly ids: readonly string[]) {}

  /** The row of `id`, or undefined if the list does not hold it. */
  rowOf(id: string): number | undefined {
    const ids = this.ids;
    const from = Math.min(this.last, ids.length - 1);
    // The first row whose id is not below `id` lies in [low, high].
    let low = 0;
    let high = ids.length;
    if (from >= 0 && ids[from]! < id) {
      // Ahead of the last row: probe 1, 2, 4, ... rows on until an id is not below `id`.
      low = from + 1;
      for (let step = 1; from + step < ids.length; step *= 2) {
        if (ids[from + step]! >= id) {
          high = from + step;
          break;
        }
        low = from + step + 1;
      }
    } else if (from >= 0) {
      high = from;
    }
    const row = lowerBound(ids, id, low, high);
    if (ids[row] !== id) return undefined;
    this.last = row;
    return row;
  }
}
