// The claim indexes: per key, the positions of its claims in the claim table (ClaimTable.at), kept in claim-id
// order for paging. Positions, not ids: a reader reaches a claim by an array index instead of hashing its id,
// and a snapshot writes a list's rows with no lookup at all (looking a million ids up in a Map of every id was
// a third of writing a 1M snapshot). A list restored from a binary snapshot stays the snapshot's rows (which
// are the restored claims' positions) until its key is first read: most keys are never read between restarts.

import type { ClaimTable } from './claim-table.js';
import { insertSortedBy, lowerBoundBy } from './id-lists.js';
import { u32Column } from './snapshot/payload.js';

/** A list as readers get it: claim positions in claim-id order. Do not change it. */
export type ClaimPositions = readonly number[];

/** Lists up to this long are made exactly as long as needed; longer ones are pushed to (see `RestoredLists.positions`). */
const EXACT_LIST_LIMIT = 1024;

/** A snapshot's index lists as it stored them: blocks of claim rows, and where each list lies in them. */
export class RestoredLists {
  private blocks: Uint32Array[] = [];
  /** Per list: its block, first row and length (columns, not an object per list: there are half a million). */
  private listBlock = u32Column();
  private listStart = u32Column();
  private listCount = u32Column();
  /** Lists not made yet: once none is left, everything here is let go. */
  private unmade = 0;

  /** Keeps one index block's rows; returns the block's number for `addList`. */
  addBlock(rows: Uint32Array): number {
    this.blocks.push(rows);
    return this.blocks.length - 1;
  }

  /** Notes a list: `count` rows of a block from `start`, checked by the reader. Returns its number. */
  addList(block: number, start: number, count: number): number {
    this.listBlock.push(block);
    this.listStart.push(start);
    this.listCount.push(count);
    this.unmade++;
    return this.listCount.length - 1;
  }

  /** The rows of list `list` (a view: read it, do not keep it). */
  rowsOf(list: number): Uint32Array {
    const start = this.listStart.at(list);
    return this.blocks[this.listBlock.at(list)]!.subarray(start, start + this.listCount.at(list));
  }

  /** List `list` as positions, made once: the caller holds it from then on. */
  positions(list: number): number[] {
    const rows = this.rowsOf(list);
    // Short lists exactly as long as needed (a pushed-to empty array reserves 17 slots; most keys have a few
    // claims); long ones pushed to, as a huge preallocated array would start out as a dictionary.
    const exact = rows.length <= EXACT_LIST_LIMIT;
    const positions: number[] = exact ? new Array<number>(rows.length) : [];
    for (let k = 0; k < rows.length; k++) {
      if (exact) positions[k] = rows[k]!;
      else positions.push(rows[k]!);
    }
    if (--this.unmade === 0) this.release();
    return positions;
  }

  /** Every list is made: the lists that hold this object keep it, so what it holds goes. */
  private release(): void {
    this.blocks = [];
    this.listBlock = u32Column();
    this.listStart = u32Column();
    this.listCount = u32Column();
  }
}

/** Claim positions by key, each list in claim-id order. */
export class ClaimLists {
  /** A number stands for a restored list not made yet (see RestoredLists). */
  readonly #lists = new Map<string, number[] | number>();
  #restored: RestoredLists | undefined;
  #keysChanged = 0;

  constructor(private readonly claims: ClaimTable) {}

  get size(): number {
    return this.#lists.size;
  }

  /** Counts the times a key was added or dropped: an index over the keys (PeriodSpans) is stale once it moves. */
  get keysVersion(): number {
    return this.#keysChanged;
  }

  get(key: string): ClaimPositions | undefined {
    return this.#made(key, this.#lists.get(key));
  }

  keys(): MapIterator<string> {
    return this.#lists.keys();
  }

  *entries(): Generator<[string, ClaimPositions]> {
    for (const [key, held] of this.#lists) yield [key, this.#made(key, held)!];
  }

  [Symbol.iterator](): Generator<[string, ClaimPositions]> {
    return this.entries();
  }

  /** Calls `visit` with each key and its list: what entries() gives, without a generator resumed per list. */
  forEachList(visit: (key: string, positions: ClaimPositions) => void): void {
    for (const [key, held] of this.#lists) visit(key, typeof held === 'number' ? this.#made(key, held)! : held);
  }

  /**
   * Each key with its positions, or with its snapshot rows while it is unmade (restored rows are positions):
   * for the snapshot writer, which would otherwise make every list in order to write it.
   */
  *heldEntries(): Generator<[string, ArrayLike<number>]> {
    for (const [key, held] of this.#lists) yield [key, typeof held === 'number' ? this.#restored!.rowsOf(held) : held];
  }

  /** The ids of the claims under `key`, in order (for tests and dumps: readers use positions). */
  idsOf(key: string): string[] {
    return (this.get(key) ?? []).map((position) => this.#idAt(position));
  }

  /** Every list as [key, ids]: what a dump of the state shows. */
  toJSON(): Array<[string, string[]]> {
    return [...this.#lists.keys()].map((key) => [key, this.idsOf(key)]);
  }

  /** Adds the claim at `position` under `key`, in id order; nothing if it is there already. */
  add(key: string, position: number): void {
    const list = this.#mutable(key);
    if (list) insertSortedBy(list, position, this.#idAt);
    else {
      this.#lists.set(key, [position]);
      this.#keysChanged++;
    }
  }

  remove(key: string, position: number): void {
    const list = this.#mutable(key);
    if (!list) return;
    const at = lowerBoundBy(list, this.#idAt(position), this.#idAt);
    if (list[at] === position) list.splice(at, 1);
    if (list.length === 0) {
      this.#lists.delete(key);
      this.#keysChanged++;
    }
  }

  clear(): void {
    this.#lists.clear();
    this.#restored = undefined;
    this.#keysChanged++;
  }

  /** Holds list `list` of `restored` under `key`, made into positions when first read. */
  restore(key: string, restored: RestoredLists, list: number): void {
    if (this.#restored && this.#restored !== restored) throw new Error('a state restores one snapshot');
    this.#restored = restored;
    this.#lists.set(key, list);
    this.#keysChanged++;
  }

  readonly #idAt = (position: number): string => this.claims.at(position)!.id;

  #mutable(key: string): number[] | undefined {
    return this.#made(key, this.#lists.get(key));
  }

  #made(key: string, held: number[] | number | undefined): number[] | undefined {
    if (typeof held !== 'number') return held;
    const positions = this.#restored!.positions(held);
    this.#lists.set(key, positions); // an existing key: its place in the iteration order stays
    return positions;
  }
}

/** The union of lists in claim-id order, each claim once; a single list is returned as it is (do not change it). */
export function unionByClaimId(lists: readonly ClaimPositions[], idAt: (position: number) => string): ClaimPositions {
  const present = lists.filter((list) => list.length > 0);
  if (present.length === 0) return [];
  if (present.length === 1) return present[0]!;
  const ids = new Map<number, string>();
  for (const list of present) for (const position of list) ids.set(position, idAt(position));
  return [...ids.keys()].sort((a, b) => {
    const idA = ids.get(a)!;
    const idB = ids.get(b)!;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
}
