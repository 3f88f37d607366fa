// Every node's history entries, oldest first. Entries restored from a binary snapshot may stay in its columns
// (snapshot/lazy-history.ts) and be built only when a node's history is read: at a million claims that is a
// million entries and map entries a restart no longer builds, which only `history` queries ever look at.
import type { HistoryEntry } from '../../domain/model.js';

/** One entry is held bare, more in a list: most nodes have only their "created" entry. */
export type HeldHistory = HistoryEntry | HistoryEntry[];

/** Entries a snapshot holds unbuilt; each node is in it or in the index's map, never in both. */
export interface UnbuiltHistory {
  has(targetId: string): boolean;
  /** The node's entries, built afresh on each call; undefined when it holds none for the node. */
  of(targetId: string): HistoryEntry[] | undefined;
  /** The node's entries, built, then forgotten here: the caller holds them from now on. */
  take(targetId: string): HistoryEntry[] | undefined;
  /** Every node it still holds, in snapshot order, with its entries built afresh. */
  nodes(): Iterable<[string, HistoryEntry[]]>;
}

const listOf = (held: HeldHistory): HistoryEntry[] => (Array.isArray(held) ? held : [held]);

export class HistoryIndex {
  readonly #held = new Map<string, HeldHistory>();
  #unbuilt: UnbuiltHistory | undefined;

  /** Upsert by id like every other record: a replayed or migrated entry never appears twice. */
  put(entry: HistoryEntry): void {
    const held = this.#held.get(entry.targetId) ?? this.#take(entry.targetId);
    if (!held || (!Array.isArray(held) && held.id === entry.id)) {
      this.#held.set(entry.targetId, entry);
      return;
    }
    const entries = listOf(held);
    const index = entries.findIndex((existing) => existing.id === entry.id);
    if (index >= 0) entries[index] = entry;
    else entries.push(entry);
    this.#held.set(entry.targetId, entries);
  }

  /** A node's whole history, oldest first, as a snapshot lists it: each node once, so no lookup first. */
  restore(targetId: string, entries: HeldHistory): void {
    const size = this.#held.size;
    this.#held.set(targetId, entries);
    if (this.#held.size === size || this.#unbuilt?.has(targetId)) throw new RangeError(`the history of ${targetId} is listed twice`);
  }

  /** Entries of a snapshot kept unbuilt; set once, while loading, after the nodes restored whole. */
  restoreUnbuilt(unbuilt: UnbuiltHistory): void {
    if (this.#unbuilt) throw new Error('a state holds one snapshot history');
    for (const targetId of this.#held.keys()) {
      if (unbuilt.has(targetId)) throw new RangeError(`the history of ${targetId} is listed twice`);
    }
    this.#unbuilt = unbuilt;
  }

  /** A node's history entries, oldest first (a copy). */
  of(targetId: string): HistoryEntry[] {
    const held = this.#held.get(targetId);
    if (held !== undefined) return Array.isArray(held) ? [...held] : [held];
    return this.#unbuilt?.of(targetId) ?? [];
  }

  /** Every node with its entries, oldest first: the snapshot's unbuilt ones first, then those held here. */
  *nodes(): Generator<[string, HistoryEntry[]]> {
    if (this.#unbuilt) yield* this.#unbuilt.nodes();
    for (const [targetId, held] of this.#held) yield [targetId, listOf(held)];
  }

  /** Every entry, node by node. */
  *entries(): Generator<HistoryEntry> {
    for (const [, entries] of this.nodes()) yield* entries;
  }

  clear(): void {
    this.#held.clear();
    this.#unbuilt = undefined;
  }

  #take(targetId: string): HeldHistory | undefined {
    const entries = this.#unbuilt?.take(targetId);
    return entries && entries.length === 1 ? entries[0] : entries;
  }
}
