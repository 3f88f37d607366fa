// Sorted id lists (entities, sources and conflicts in id order, for paging) and row lookups in them.

/**
 * Keeps a list sorted by id (`idOf` gives an item's): appends when the item's id sorts last (the usual case:
 * ULIDs), else inserts; an item already listed is not added again. The claim indexes list claim positions this
 * way (claim-lists.ts), the entity, source and conflict orders their ids.
 */
export function insertSortedBy<T>(items: T[], item: T, idOf: (item: T) => string): void {
  const last = items[items.length - 1];
  if (last === undefined) {
    items.push(item);
    return;
  }
  const id = idOf(item);
  if (idOf(last) < id) {
    items.push(item);
    return;
  }
  const at = lowerBoundBy(items, id, idOf);
  if (items[at] !== item) items.splice(at, 0, item);
}

/** Index of the first item whose id is not below `id`, in a list sorted by id, searched in [low, high] (all of it by default). */
export function lowerBoundBy<T>(items: ArrayLike<T>, id: string, idOf: (item: T) => string, low = 0, high = items.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (idOf(items[mid]!) < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

const itself = (id: string): string => id;

/** Keeps a list of ids sorted (see insertSortedBy). */
export function insertSorted(ids: string[], id: string): void {
  insertSortedBy(ids, id, itself);
}

/** Index of the first id not below `id` in a sorted list, searched for in [low, high] (all of it by default). */
export function lowerBound(ids: readonly string[], id: string, low = 0, high = ids.length): number {
  return lowerBoundBy(ids, id, itself, low, high);
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
