// The embedded store's claims by id. Claims restored from a binary snapshot are found through a hash table of
// their row numbers (typed arrays): at a million claims, a Map entry per restored claim was a tenth of a restart
// (inserting a million keys, with the rehashes as the Map grows). Claims added afterwards sit in an array in the
// order added, found through a Map of their places; a scan reads every claim by position.
import type { Claim } from '../../domain/model.js';
import { hashOf, RowHashSlots } from './row-hash.js';

/** Claims by id, iterated as a Map is: in the order each id was first added, a replaced claim in its place. */
export class ClaimTable {
  /** Restored claims by row; a row's claim is replaced in place when it changes. */
  #rows: Claim[] = [];
  /** The restored rows by id; none until something is reserved or restored. */
  #table: RowHashSlots | undefined;
  /** Claims first added after the restored ones (all of them when nothing was restored), in the order added. */
  readonly #addedClaims: Claim[] = [];
  /** Where each added claim's id sits in #addedClaims. */
  readonly #added = new Map<string, number>();

  get size(): number {
    return this.#rows.length + this.#addedClaims.length;
  }

  get(id: string): Claim | undefined {
    const row = this.#rowOf(id);
    if (row >= 0) return this.#rows[row];
    const at = this.#added.get(id);
    return at === undefined ? undefined : this.#addedClaims[at];
  }

  /**
   * The claim at `position` in the order values() yields them (0 to size - 1): a scan walks them by position,
   * without a generator resumed or an id hashed per claim.
   */
  at(position: number): Claim | undefined {
    const restored = this.#rows.length;
    return position < restored ? this.#rows[position] : this.#addedClaims[position - restored];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * Where the claim with `id` sits in the order at() reads, or -1. A claim keeps its position for good (claims
   * are never removed, a changed one is replaced in place), so the claim indexes hold positions, not ids.
   */
  positionOf(id: string): number {
    const row = this.#rowOf(id);
    if (row >= 0) return row;
    const at = this.#added.get(id);
    return at === undefined ? -1 : this.#rows.length + at;
  }

  /** Puts `claim` at `position`, which holds the same claim's earlier version. */
  replaceAt(position: number, claim: Claim): void {
    const restored = this.#rows.length;
    if (position < restored) this.#rows[position] = claim;
    else this.#addedClaims[position - restored] = claim;
  }

  /** Adds a claim whose id is not held yet (see positionOf); returns its position. */
  append(claim: Claim): number {
    const at = this.#addedClaims.push(claim) - 1;
    this.#added.set(claim.id, at);
    return this.#rows.length + at;
  }

  set(id: string, claim: Claim): this {
    const position = this.positionOf(id);
    if (position >= 0) this.replaceAt(position, claim);
    else this.append(claim);
    return this;
  }

  *values(): Generator<Claim> {
    yield* this.#rows;
    yield* this.#addedClaims;
  }

  *entries(): Generator<[string, Claim]> {
    for (const claim of this.values()) yield [claim.id, claim];
  }

  [Symbol.iterator](): Generator<[string, Claim]> {
    return this.entries();
  }

  clear(): void {
    this.#rows = [];
    this.#table = undefined;
    this.#added.clear();
    this.#addedClaims.length = 0;
  }

  /** Makes room for `count` restored claims; into an empty table, before the first `restore`. */
  reserve(count: number): void {
    if (this.size > 0) throw new Error('claims are restored into an empty table');
    this.#resize(count);
  }

  /** Adds the next restored claim, under its own id: false (and nothing added) if the id is held already. */
  restore(claim: Claim): boolean {
    if (this.#addedClaims.length > 0) throw new Error('claims are restored before any is added');
    if (!this.#table || this.#rows.length + 1 > this.#table.capacity) this.#resize(2 * (this.#rows.length + 1));
    if (!this.#table!.placeUnique(this.#rows.length, claim.id, hashOf(claim.id))) return false;
    this.#rows.push(claim);
    return true;
  }

  #rowOf(id: string): number {
    // Not a string (a damaged record's id): not a restored claim's, as a Map would say, instead of a throw.
    return this.#rows.length === 0 || typeof id !== 'string' ? -1 : this.#table!.find(id);
  }

  /** Room for `count` rows; the rows already held are placed again. */
  #resize(count: number): void {
    if (this.#table && count <= this.#table.capacity) return;
    const table = new RowHashSlots(count, (row) => this.#rows[row]?.id);
    this.#rows.forEach((claim, row) => table.place(row, hashOf(claim.id)));
    this.#table = table;
  }
}
