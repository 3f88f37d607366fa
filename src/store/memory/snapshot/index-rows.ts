// The state's claim lists (by subject, object, key, predicate, source, and any-subject key by period), stored
// as claim row numbers so a restart does not rebuild them with a map operation per claim and field.
import type { RestoredLists } from '../claim-lists.js';
import { BlockKind, NONE } from './format.js';
import { checkRefs, MalformedPayload, payload, u32Column, type PayloadReader } from './payload.js';
import type { StringTableReader, StringTableWriter } from './string-table.js';

/** The indexes, in the order the writer stores them; the number is stored in each block. */
export const CLAIM_INDEXES = ['subject', 'object', 'key', 'predicate', 'source', 'keyPeriod'] as const;
export type ClaimIndexName = (typeof CLAIM_INDEXES)[number];

const ROWS_PER_BLOCK = 1 << 20;

/** Each claim position's row in the snapshot being written: `rows` null when every row is its position. */
export interface RowOfPosition {
  count: number;
  rows: Uint32Array | null;
}

export class IndexRowsWriter {
  private readonly keys = u32Column();
  private readonly subKeys = u32Column();
  private readonly counts = u32Column();
  private readonly rows = u32Column();

  constructor(
    private readonly strings: StringTableWriter,
    readonly index: number,
  ) {}

  /**
   * Adds one list of claim positions; false if one is not a claim's (the lists would then not round-trip, so
   * the caller writes no indexes at all and the reader rebuilds them from the claims).
   */
  add(key: string, subKey: string | null, positions: ArrayLike<number>, rowOf: RowOfPosition): boolean {
    this.addKey(key, subKey, positions.length);
    const { count, rows } = rowOf;
    for (let k = 0; k < positions.length; k++) {
      const position = positions[k]!;
      if (!(position >= 0 && position < count)) return false;
      this.rows.push(rows === null ? position : rows[position]!);
    }
    return true;
  }

  private addKey(key: string, subKey: string | null, count: number): void {
    // Keys that are record ids (subjects, objects, sources; periods under keyPeriod) are read back as the records' own copies.
    const name = CLAIM_INDEXES[this.index];
    this.keys.push(name === 'subject' || name === 'object' || name === 'source' ? this.strings.id(key) : this.strings.repeated(key));
    this.subKeys.push(subKey === null ? NONE : this.strings.id(subKey));
    this.counts.push(count);
  }

  get due(): boolean {
    return this.rows.length >= ROWS_PER_BLOCK;
  }

  flush(): Buffer | undefined {
    if (this.keys.length === 0) return undefined;
    const block = payload(BlockKind.ClaimIndex, [
      this.index,
      this.keys.length,
      this.rows.length,
      this.keys.bytes(),
      this.subKeys.bytes(),
      this.counts.bytes(),
      this.rows.bytes(),
    ]);
    for (const column of [this.keys, this.subKeys, this.counts, this.rows]) column.clear();
    return block;
  }
}

export interface IndexSink {
  strings: StringTableReader;
  /** The number of claim rows lists may refer to. */
  claimCount: number;
  /** Where the lists' rows are kept until each list is read (see ../claim-lists.ts). */
  lists: RestoredLists;
  /** One list as the state held it: list `list` of `lists`, claim rows in ascending (so id) order. */
  restoredList(index: ClaimIndexName, key: string, subKey: string | null, list: number): void;
}

/** Checks one CLAIM_INDEX block and hands each of its lists to the sink, unbuilt. */
export function readIndexRows(reader: PayloadReader, sink: IndexSink): void {
  const index = CLAIM_INDEXES[reader.u32()];
  if (index === undefined) throw new MalformedPayload('unknown claim index');
  const entries = reader.u32();
  const total = reader.u32();
  const keys = reader.u32s(entries);
  const subKeys = reader.u32s(entries);
  const counts = reader.u32s(entries);
  const rows = reader.u32s(total);
  reader.end();

  const strings = sink.strings;
  checkRefs(keys, strings.length, 'string');
  checkRefs(subKeys, strings.length, 'string', NONE);
  checkRefs(rows, sink.claimCount, 'claim row');
  // Every list is checked now, though built only when read: damage is found at open, not by a later query.
  const block = sink.lists.addBlock(rows);
  let at = 0;
  for (let e = 0; e < entries; e++) {
    const count = counts[e]!;
    if (count === 0 || at + count > total) throw new MalformedPayload('claim index list lengths do not match its rows');
    // Rows follow the claims' id order, so ascending rows are ascending ids: what the lists' binary searches need.
    for (let k = at + 1; k < at + count; k++) if (rows[k]! <= rows[k - 1]!) throw new MalformedPayload('claim index list out of order');
    sink.restoredList(index, strings.at(keys[e]!), subKeys[e] === NONE ? null : strings.at(subKeys[e]!), sink.lists.addList(block, at, count));
    at += count;
  }
  if (at !== total) throw new MalformedPayload('claim index list lengths do not match its rows');
}
