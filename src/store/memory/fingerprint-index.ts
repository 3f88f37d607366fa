// Claim ids by fingerprint. After a binary snapshot the restored claims are found through a hash table of their
// row numbers (typed arrays, no map entry or object per claim: a million Map.set calls were a large part of a
// restart); what changes afterwards is held in a map in front of it.
import { hashOf, RowHashSlots } from './row-hash.js';
import { u32Column } from './snapshot/payload.js';

/** The restored claims' rows by fingerprint. */
class RestoredFingerprints {
  private readonly table: RowHashSlots;
  private readonly rowCount: number;

  constructor(
    rowHashes: Uint32Array,
    /** The claim id of a row, and the fingerprint its claim has now. */
    private readonly idOf: (row: number) => string,
    private readonly fingerprintOf: (row: number) => string | undefined,
  ) {
    this.table = new RowHashSlots(rowHashes.length, fingerprintOf);
    this.rowCount = rowHashes.length;
    for (let row = 0; row < rowHashes.length; row++) this.table.place(row, rowHashes[row]!);
  }

  /** The id of the last restored claim with this fingerprint, as a map filled in row order would give. */
  get(fingerprint: string): string | undefined {
    const row = this.table.find(fingerprint, hashOf(fingerprint), true);
    return row < 0 ? undefined : this.idOf(row);
  }

  /** The fingerprint each row's claim has now, in row order. */
  *fingerprints(): Generator<string | undefined> {
    for (let row = 0; row < this.rowCount; row++) yield this.fingerprintOf(row);
  }
}

export class FingerprintIndex {
  /** Set since the restored table was made, or always when there is none; null: deleted. */
  readonly #changed = new Map<string, string | null>();
  #restored: RestoredFingerprints | undefined;
  /** While restoring: each restored claim's fingerprint hash, by row. */
  #restoring = u32Column();

  get(fingerprint: string): string | undefined {
    const changed = this.#changed.get(fingerprint);
    if (changed !== undefined) return changed ?? undefined;
    return this.#restored?.get(fingerprint);
  }

  set(fingerprint: string, id: string): void {
    this.#changed.set(fingerprint, id);
  }

  delete(fingerprint: string): void {
    // A restored claim cannot be taken out of the table: the null in front of it says it is gone.
    if (this.#restored) this.#changed.set(fingerprint, null);
    else this.#changed.delete(fingerprint);
  }

  /** The next restored claim's fingerprint (claims are restored in row order, before any change). */
  restoreRow(fingerprint: string): void {
    this.#restoring.push(hashOf(String(fingerprint))); // String(): a claim stored whole may hold anything
  }

  /**
   * Once every claim is restored: makes the table over the claim ids by row and the claims held. (Data, not
   * callbacks from the loader: a closure made there would keep the loader's whole scope, the file included.)
   */
  restoredRows(claimIds: readonly string[], claims: { get(id: string): { fingerprint: string } | undefined }): void {
    if (this.#restored || this.#changed.size > 0) throw new Error('fingerprints are restored once, into an empty index');
    this.#restoring.trim();
    const idOf = (row: number): string => claimIds[row]!;
    const fingerprintOf = (row: number): string | undefined => claims.get(claimIds[row]!)?.fingerprint;
    this.#restored = new RestoredFingerprints(this.#restoring.values(), idOf, fingerprintOf);
    this.#restoring = u32Column();
  }

  /** Every fingerprint with its claim id: the restored ones in row order, then those set since. */
  *entries(): Generator<[string, string]> {
    if (this.#restored) {
      const seen = new Set<string>();
      for (const fingerprint of this.#restored.fingerprints()) {
        if (fingerprint === undefined || seen.has(fingerprint) || this.#changed.has(fingerprint)) continue;
        seen.add(fingerprint);
        const id = this.#restored.get(fingerprint);
        if (id !== undefined) yield [fingerprint, id];
      }
    }
    for (const [fingerprint, id] of this.#changed) if (id !== null) yield [fingerprint, id];
  }

  clear(): void {
    this.#changed.clear();
    this.#restored = undefined;
  }
}
