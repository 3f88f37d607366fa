// History entries of claims, as a binary snapshot holds them, kept in columns after the load and built only
// when a node's history is read (see ../history-index.ts). At a million claims a restart otherwise builds a
// million entries, their id strings and a million-entry map, which only `history` queries ever look at.
import type { HistoryEntry } from '../../../domain/model.js';
import type { HeldHistory, UnbuiltHistory } from '../history-index.js';
import { NO_CHANGES } from '../interning.js';
import { lowerBound } from '../id-lists.js';
import { EMPTY, NONE } from './format.js';
import type { HistoryColumns, HistorySink } from './history-rows.js';
import { MalformedPayload } from './payload.js';
import type { StringTableReader } from './string-table.js';

/** Slots of EntryRows' cache of recently seen texts (a power of two). */
const RECENT_TEXTS = 256;

/**
 * One HISTORY block's rows as kept: row r of the block is row `first + r` of the snapshot's history. The block's
 * own columns are kept, their string references replaced by indexes into `texts` (in kept rows only).
 */
interface RowBlock extends Pick<HistoryColumns, 'action' | 'actor' | 'at' | 'changes' | 'note' | 'versions'> {
  first: number;
  /** Where each id lies: a blob number (StringTableReader.blob), its start and length. */
  idBlob: Uint32Array;
  idStart: Uint32Array;
  idLength: Uint32Array;
}

/**
 * The entries kept unbuilt, in the columns they were read into (no copy, nothing grown): the id as where it
 * lies in a string-table blob (the blob is kept whole, the id sliced from it when built), the other strings
 * as indexes into `texts`, each distinct one made once.
 */
class EntryRows {
  private readonly blocks: RowBlock[] = [];
  /** Rows of the blocks read so far, kept or not. */
  private rows = 0;
  private readonly blobs: string[] = [];
  private readonly texts: string[] = [];
  /** Text index by string-table index, while loading. */
  private readonly textOf = new Map<number, number>();
  private readonly recentIndex = new Int32Array(RECENT_TEXTS).fill(-1);
  private readonly recentText = new Uint32Array(RECENT_TEXTS);
  /** The table rows refer to, while loading: let go once sealed, with everything else it holds. */
  private strings: StringTableReader | undefined;
  private current: { columns: HistoryColumns; block: RowBlock } | undefined;

  constructor(strings: StringTableReader) {
    this.strings = strings;
  }

  /** Keeps row `r` of a HISTORY block; returns its row number here. Blocks come in file order. */
  add(columns: HistoryColumns, r: number): number {
    const strings = this.strings!;
    const block = this.blockFor(columns);
    const place = strings.place(columns.id[r]!);
    this.blobs[place.blob] ??= strings.blob(place.blob);
    block.idBlob[r] = place.blob;
    block.idStart[r] = place.start;
    block.idLength[r] = place.length;
    block.action[r] = this.text(block.action[r]!);
    block.actor[r] = this.text(block.actor[r]!);
    block.at[r] = this.text(block.at[r]!);
    const changes = block.changes[r]!;
    if (changes === NONE) throw new MalformedPayload('a history row has no changes');
    if (changes !== EMPTY) block.changes[r] = this.text(changes);
    const note = block.note[r]!;
    if (note !== NONE) block.note[r] = this.text(note);
    return block.first + r;
  }

  /** The entry of one kept row, built afresh; the same fields, in the same order, as the eager reader gives. */
  entry(row: number, targetId: string): HistoryEntry {
    const block = this.blockOf(row);
    const r = row - block.first;
    const start = block.idStart[r]!;
    const changes = block.changes[r]!;
    const note = block.note[r]!;
    return {
      id: this.blobs[block.idBlob[r]!]!.slice(start, start + block.idLength[r]!),
      targetId,
      action: this.texts[block.action[r]!]!,
      actor: this.texts[block.actor[r]!]!,
      at: this.texts[block.at[r]!]!,
      fromVersion: block.versions[2 * r]!,
      toVersion: block.versions[2 * r + 1]!,
      changes: changes === EMPTY ? NO_CHANGES : (JSON.parse(this.texts[changes]!) as HistoryEntry['changes']),
      note: note === NONE ? null : this.texts[note]!,
    };
  }

  entries(first: number, count: number, targetId: string): HistoryEntry[] {
    const out = new Array<HistoryEntry>(count);
    for (let k = 0; k < count; k++) out[k] = this.entry(first + k, targetId);
    return out;
  }

  /** Once loaded: the lookup map and the string table let go. */
  seal(): void {
    this.textOf.clear();
    this.strings = undefined;
    this.current = undefined;
  }

  private blockFor(columns: HistoryColumns): RowBlock {
    if (this.current?.columns === columns) return this.current.block;
    const rows = columns.id.length;
    const block: RowBlock = {
      first: this.rows,
      idBlob: new Uint32Array(rows),
      idStart: new Uint32Array(rows),
      idLength: new Uint32Array(rows),
      // The block's own columns, views of its payload (payload.ts), which they keep: ~16 MB more than copies of
      // them would hold at a million entries, but copies were ~36 MB of new memory outside V8's heap, and V8 answers
      // every 64 MB of that with a full collection, late in the load when the heap is largest (a 1M restart: 4.67 ->
      // 4.06 s with views, RSS +11 MB). Their string references are rewritten in place (see `add`).
      action: columns.action,
      actor: columns.actor,
      at: columns.at,
      changes: columns.changes,
      note: columns.note,
      versions: columns.versions,
    };
    this.blocks.push(block);
    this.rows += rows;
    this.current = { columns, block };
    return block;
  }

  private blockOf(row: number): RowBlock {
    const blocks = this.blocks;
    let low = 0;
    let high = blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (blocks[mid]!.first <= row) low = mid;
      else high = mid - 1;
    }
    return blocks[low]!;
  }

  private text(index: number): number {
    // Most rows repeat a few strings (action, actor, commit time): a small direct-mapped cache before the map.
    const slot = index & (RECENT_TEXTS - 1);
    if (this.recentIndex[slot] === index) return this.recentText[slot]!;
    let text = this.textOf.get(index);
    if (text === undefined) {
      text = this.texts.length;
      this.texts.push(this.strings!.at(index));
      this.textOf.set(index, text);
    }
    this.recentIndex[slot] = index;
    this.recentText[slot] = text;
    return text;
  }
}

/** The claims' unbuilt histories: each claim row's first entry row and count, found by the claim id's row. */
class SnapshotHistory implements UnbuiltHistory {
  constructor(
    /** The snapshot's claim ids by row, ascending. */
    private readonly claimIds: readonly string[],
    /** Per claim row: its first entry row, NONE when it has none here (or they were taken). */
    private readonly first: Uint32Array,
    private readonly count: Uint32Array,
    private readonly rows: EntryRows,
  ) {}

  has(targetId: string): boolean {
    return this.nodeOf(targetId) !== NONE;
  }

  of(targetId: string): HistoryEntry[] | undefined {
    const node = this.nodeOf(targetId);
    return node === NONE ? undefined : this.rows.entries(this.first[node]!, this.count[node]!, this.claimIds[node]!);
  }

  take(targetId: string): HistoryEntry[] | undefined {
    const node = this.nodeOf(targetId);
    if (node === NONE) return undefined;
    const entries = this.rows.entries(this.first[node]!, this.count[node]!, this.claimIds[node]!);
    this.first[node] = NONE;
    return entries;
  }

  *nodes(): Generator<[string, HistoryEntry[]]> {
    for (let node = 0; node < this.claimIds.length; node++) {
      const first = this.first[node]!;
      if (first !== NONE) yield [this.claimIds[node]!, this.rows.entries(first, this.count[node]!, this.claimIds[node]!)];
    }
  }

  /** The claim row of `targetId` if its entries are held here, else NONE. */
  private nodeOf(targetId: string): number {
    const at = lowerBound(this.claimIds, targetId);
    return this.claimIds[at] === targetId && this.first[at] !== NONE ? at : NONE;
  }
}

/** What the loader gives the history reader: where whole histories go, and how other nodes' ids are shared. */
export interface HistoryTarget {
  /** The canonical id of a node that is not a claim (an entity, a conflict), if held. */
  nodeId(id: string): string | undefined;
  /** Points an entry read as JSON at shared strings, as apply would. */
  intern(entry: HistoryEntry): void;
  restore(targetId: string, entries: HeldHistory): void;
  restoreUnbuilt(unbuilt: UnbuiltHistory): void;
}

/**
 * Reads the HISTORY rows of a snapshot, which lists each node's entries together: a claim's entries that are
 * all in columns stay there, unbuilt; any other node's (an entity's, a conflict's, or a claim with an entry
 * stored whole as JSON) are built and restored whole, as before.
 */
export class HistoryLoader implements HistorySink {
  private readonly rows: EntryRows;
  /** Per claim row, once a claim's entries are kept unbuilt: see SnapshotHistory. */
  private first = new Uint32Array(0);
  private count = new Uint32Array(0);
  private unbuiltNodes = 0;
  /** The node whose entries are being read, and its entries so far: unbuilt rows, or built entries. */
  private target: string | undefined;
  private claimRow = NONE;
  private firstRow = 0;
  private rowCount = 0;
  private built: HistoryEntry[] | undefined;

  constructor(
    readonly strings: StringTableReader,
    readonly claimIds: readonly string[],
    private readonly to: HistoryTarget,
  ) {
    this.rows = new EntryRows(strings);
  }

  row(columns: HistoryColumns, r: number): void {
    const claimRow = columns.targetRow[r]!;
    if (claimRow === NONE) {
      this.addBuilt(this.builtOf(columns, r));
      return;
    }
    const targetId = this.claimIds[claimRow]!;
    if (targetId !== this.target) {
      this.flush();
      this.target = targetId;
      this.claimRow = claimRow;
    }
    const row = this.rows.add(columns, r);
    if (this.built) this.built.push(this.rows.entry(row, targetId));
    else if (this.rowCount++ === 0) this.firstRow = row;
  }

  restoredFromJson(entry: HistoryEntry): void {
    this.to.intern(entry);
    this.addBuilt(entry);
  }

  /** After the last HISTORY block; `ascending` when the claim rows are in id order, as a snapshot writer lists them. */
  finish(ascending: boolean): void {
    this.flush();
    if (this.unbuiltNodes === 0) return;
    this.rows.seal();
    if (ascending) {
      this.to.restoreUnbuilt(new SnapshotHistory(this.claimIds, this.first, this.count, this.rows));
      return;
    }
    // Claim rows out of id order (not what a snapshot writer does) cannot be searched: build them all instead.
    for (let node = 0; node < this.first.length; node++) {
      if (this.first[node] === NONE) continue;
      const entries = this.rows.entries(this.first[node]!, this.count[node]!, this.claimIds[node]!);
      this.to.restore(this.claimIds[node]!, entries.length === 1 ? entries[0]! : entries);
    }
  }

  private addBuilt(entry: HistoryEntry): void {
    if (entry.targetId !== this.target) {
      this.flush();
      this.target = entry.targetId;
      this.built = [entry];
      return;
    }
    // A node with entries of both kinds is held built.
    this.built ??= this.rows.entries(this.firstRow, this.rowCount, this.target);
    this.built.push(entry);
  }

  private flush(): void {
    if (this.target === undefined) return;
    if (this.built) this.to.restore(this.target, this.built.length === 1 ? this.built[0]! : this.built);
    else this.keepUnbuilt();
    this.target = this.built = undefined;
    this.claimRow = NONE;
    this.rowCount = 0;
  }

  private keepUnbuilt(): void {
    const node = this.claimRow;
    if (this.first.length < this.claimIds.length) {
      const first = new Uint32Array(this.claimIds.length).fill(NONE);
      first.set(this.first);
      const count = new Uint32Array(this.claimIds.length);
      count.set(this.count);
      [this.first, this.count] = [first, count];
    }
    if (this.first[node] !== NONE) throw new RangeError(`the history of ${this.target} is listed twice`);
    this.first[node] = this.firstRow;
    this.count[node] = this.rowCount;
    this.unbuiltNodes++;
  }

  /** An entry whose target is not a claim, built now. */
  private builtOf(columns: HistoryColumns, r: number): HistoryEntry {
    const s = this.strings;
    const target = s.at(columns.target[r]!);
    const changes = columns.changes[r]!;
    if (changes === NONE) throw new MalformedPayload('a history row has no changes');
    const note = columns.note[r]!;
    return {
      id: s.at(columns.id[r]!),
      targetId: this.to.nodeId(target) ?? target,
      action: s.at(columns.action[r]!),
      actor: s.at(columns.actor[r]!),
      at: s.at(columns.at[r]!),
      fromVersion: columns.versions[2 * r]!,
      toVersion: columns.versions[2 * r + 1]!,
      changes: changes === EMPTY ? NO_CHANGES : (JSON.parse(s.at(changes)) as HistoryEntry['changes']),
      note: note === NONE ? null : s.at(note),
    };
  }
}
