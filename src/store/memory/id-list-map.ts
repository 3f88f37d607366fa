// The claim indexes' maps of sorted id lists. A list restored from a binary snapshot stays the snapshot's claim
// row numbers until its key is first read: at a million claims a restart otherwise fills six and a half million
// list slots (a sixth of the open), though a query reads only the lists of the keys it asks for.

import { u32Column } from './snapshot/payload.js';

/** Lists up to this long are made exactly as long as needed; longer ones are pushed to (see `RestoredRows.ids`). */
const EXACT_LIST_LIMIT = 1024;

/** The claim row numbers of a snapshot's index lists, and the claim ids they stand for. */
export class RestoredRows {
  private blocks: Uint32Array[] = [];
  /** Per list: its block, first row and length (columns, not an object per list: there are half a million). */
  private listBlock = u32Column();
  private listStart = u32Column();
  private listCount = u32Column();
  /** Lists not made into ids yet: once none is left, everything here is let go. */
  private unbuilt = 0;

  /** `claimIds`: the snapshot's claim ids by row, complete before any list is read. */
  constructor(private claimIds: readonly string[]) {}

  /** The number of claim rows lists may refer to. */
  get claimCount(): number {
    return this.claimIds.length;
  }

  /** Keeps one index block's rows; returns the block's number for `addList`. */
  addBlock(rows: Uint32Array): number {
    this.blocks.push(rows);
    return this.blocks.length - 1;
  }

  /** Notes a list: `count` rows of a block from `start`, checked ascending by the reader. Returns its number. */
  addList(block: number, start: number, count: number): number {
    this.listBlock.push(block);
    this.listStart.push(start);
    this.listCount.push(count);
    this.unbuilt++;
    return this.listCount.length - 1;
  }

  /** The ids of list `list`, made once: the caller holds them from then on. */
  ids(list: number): string[] {
    const rows = this.blocks[this.listBlock.at(list)]!;
    const start = this.listStart.at(list);
    const count = this.listCount.at(list);
    const claimIds = this.claimIds;
    // Short lists exactly as long as needed (a pushed-to empty array reserves 17 slots; most keys have a few
    // claims); long ones pushed to, as a huge preallocated array would start out as a dictionary.
    const exact = count <= EXACT_LIST_LIMIT;
    const ids: string[] = exact ? new Array<string>(count) : [];
    for (let k = 0; k < count; k++) {
      const id = claimIds[rows[start + k]!]!;
      if (exact) ids[k] = id;
      else ids.push(id);
    }
    if (--this.unbuilt === 0) this.release();
    return ids;
  }

  /** The rows of unbuilt list `list`, as the snapshot numbered them (a view: read it, do not keep it). */
  rowsOf(list: number): Uint32Array {
    const start = this.listStart.at(list);
    return this.blocks[this.listBlock.at(list)]!.subarray(start, start + this.listCount.at(list));
  }

  /**
   * Where each restored claim row sits in `order` (the state's claim order now: every restored claim and the
   * claims written since, ids ascending), found by one walk of both; null if the restored rows were not in id
   * order (or one is missing from `order`, which cannot happen while claims are never removed). A snapshot
   * writer maps unbuilt lists through it instead of building them and looking up each id.
   */
  rowsIn(order: readonly string[]): Uint32Array | null {
    const ids = this.claimIds;
    const rowNow = new Uint32Array(ids.length);
    let row = 0;
    for (let restored = 0; restored < ids.length; restored++) {
      const id = ids[restored];
      while (row < order.length && order[row] !== id) row++;
      if (row === order.length) return null;
      rowNow[restored] = row++;
    }
    return rowNow;
  }

  /**
   * Whether every list's ids ascend. The reader checks each list's rows ascend, which is the same thing when
   * the claim rows are in id order, as every writer puts them; this is for a file whose rows are not.
   */
  idsAscend(): boolean {
    for (let list = 0; list < this.listCount.length; list++) {
      const rows = this.blocks[this.listBlock.at(list)]!;
      const start = this.listStart.at(list);
      const end = start + this.listCount.at(list);
      for (let k = start + 1; k < end; k++) if (!(this.claimIds[rows[k - 1]!]! < this.claimIds[rows[k]!]!)) return false;
    }
    return true;
  }

  /** Every list is built: the maps that hold this object keep it, so what it holds goes. */
  private release(): void {
    this.blocks = [];
    this.claimIds = [];
    this.listBlock = u32Column();
    this.listStart = u32Column();
    this.listCount = u32Column();
  }
}

/**
 * A Map of sorted id lists by key, some of which may be held as a list number of `RestoredRows` until read.
 * Every way of reading a value through the map (get, iteration, forEach) gives the ids, made on the first read
 * and kept. Map.prototype's own methods called on it (`Map.prototype.get.call`), structuredClone and
 * util.inspect bypass these and would show list numbers: nothing in the store reads a map that way.
 */
export class IdListMap extends Map<string, string[]> {
  #rows: RestoredRows | undefined;

  /** Holds list `list` of `rows` under `key`, as ids to be made when first read. */
  restore(key: string, rows: RestoredRows, list: number): void {
    this.#rows = rows;
    // A list number where ids belong: every read below turns it into the ids before anyone sees it.
    super.set(key, list as unknown as string[]);
  }

  /** The rows this map's unbuilt lists refer to (one object for every map of a restored state), if any. */
  get restoredRows(): RestoredRows | undefined {
    return this.#rows;
  }

  /**
   * Each key with its ids, or with its snapshot rows (`RestoredRows.rowsOf`) while it is unbuilt: for the
   * snapshot writer, which would otherwise build every list in order to write it.
   */
  *heldEntries(): Generator<[string, string[] | Uint32Array]> {
    for (const [key, held] of super.entries()) yield [key, typeof held === 'number' ? this.#rows!.rowsOf(held) : held];
  }

  override get(key: string): string[] | undefined {
    return this.#made(key, super.get(key));
  }

  override *entries(): MapIterator<[string, string[]]> {
    for (const [key, held] of super.entries()) yield [key, this.#made(key, held)!];
  }

  override [Symbol.iterator](): MapIterator<[string, string[]]> {
    return this.entries();
  }

  override *values(): MapIterator<string[]> {
    for (const [, ids] of this.entries()) yield ids;
  }

  override forEach(callback: (ids: string[], key: string, map: Map<string, string[]>) => void, thisArg?: unknown): void {
    for (const [key, ids] of this.entries()) callback.call(thisArg, ids, key, this);
  }

  #made(key: string, held: string[] | undefined): string[] | undefined {
    if (typeof held !== 'number') return held;
    const ids = this.#rows!.ids(held);
    super.set(key, ids); // an existing key: its place in the iteration order stays
    return ids;
  }
}
