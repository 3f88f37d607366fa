// Typed-array hash tables of row numbers, for what a binary snapshot restores by the million (claims by id,
// claim ids by fingerprint): no Map entry or object per row, and no rehash as a Map grows.

/** FNV-1a over the UTF-16 code units: the keys (ids, fingerprints) are short, and any string hashes. */
export function hashOf(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Rows by the hash of their key: open addressing, linear probing, at most half full so a probe ends soon. A slot
 * holds row + 1 (0 = empty) and the row's hash; `keyOf` tells rows with equal hashes apart.
 */
export class RowHashSlots {
  private readonly slots: Uint32Array;
  private readonly hashes: Uint32Array;
  private readonly mask: number;

  /** Room for `rows` rows; `keyOf(row)` is the key a placed row has now. */
  constructor(
    rows: number,
    private readonly keyOf: (row: number) => string | undefined,
  ) {
    let size = 1024;
    while (size < rows * 2) size *= 2;
    this.slots = new Uint32Array(size);
    this.hashes = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** How many rows fit. */
  get capacity(): number {
    return this.slots.length / 2;
  }

  /** Places `row`, whose key hashes to `hash`. */
  place(row: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = row + 1;
    this.hashes[slot] = hash;
  }

  /**
   * Places `row` under `key` (`hash` its hash) unless a row with that key is placed already: false then, and
   * nothing placed. One probe where a find and a place would make two.
   */
  placeUnique(row: number, key: string, hash: number): boolean {
    let slot = hash & this.mask;
    for (; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash && this.keyOf(this.slots[slot]! - 1) === key) return false;
    }
    this.slots[slot] = row + 1;
    this.hashes[slot] = hash;
    return true;
  }

  /**
   * The first row placed under `key` (`hash` its hash), or with `last` the last one; -1 if none. Rows are never
   * taken out, so along a probe the rows of one key come in the order they were placed.
   */
  find(key: string, hash = hashOf(key), last = false): number {
    let found = -1;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const row = this.slots[slot]! - 1;
      if (this.keyOf(row) !== key) continue;
      if (!last) return row;
      found = row;
    }
    return found;
  }
}
