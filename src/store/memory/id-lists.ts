// Sorted id lists for the embedded store's claim indexes: 8 bytes an entry where a Set took about 30, and already in id order for paging.

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

/** Index of the first id not below `id` in a sorted list. */
export function lowerBound(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Adds an id to the sorted list held under `key`, creating the list on first use. */
export function addId(index: Map<string, string[]>, key: string, id: string): void {
  const ids = index.get(key);
  if (ids) insertSorted(ids, id);
  else index.set(key, [id]);
}

export function removeId(index: Map<string, string[]>, key: string, id: string): void {
  const ids = index.get(key);
  if (!ids) return;
  const at = lowerBound(ids, id);
  if (ids[at] === id) ids.splice(at, 1);
  if (ids.length === 0) index.delete(key);
}

/** The sorted, duplicate-free union of sorted lists; a single list is returned as it is (callers must not change it). */
export function unionSorted(lists: ReadonlyArray<readonly string[]>): readonly string[] {
  const present = lists.filter((list) => list.length > 0);
  if (present.length === 0) return [];
  if (present.length === 1) return present[0]!;
  const merged: string[] = [];
  for (const list of present) merged.push(...list);
  merged.sort();
  return merged.filter((id, i) => i === 0 || id !== merged[i - 1]);
}
