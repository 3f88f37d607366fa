// Writes a GraphState as binary snapshot blocks: small record kinds as JSON, sources, claims and history as rows
// over one string table, then the claim indexes. Blocks are emitted as they fill, so memory stays bounded.
import type { ChangeSet } from '../../port.js';
import { isAscending, SortedRows } from '../id-lists.js';
import type { GraphState } from '../state.js';
import { jsonBlock } from './binary-file.js';
import type { BlockWriter } from './blocks.js';
import { CLAIMS_PER_BLOCK, ClaimRowsWriter } from './claim-rows.js';
import { BlockKind, type SnapshotFooterV2 } from './format.js';
import { HISTORY_PER_BLOCK, HistoryRowsWriter } from './history-rows.js';
import { SOURCES_PER_BLOCK, SourceRowsWriter } from './source-rows.js';
import { CLAIM_INDEXES, IndexRowsWriter, type RowOfPosition } from './index-rows.js';
import { FLAT_INDEXES, flatIndex } from './state-indexes.js';
import { StringTableWriter } from './string-table.js';
import { ValueTableWriter } from './value-table.js';

export async function writeStateBlocks(state: GraphState, out: BlockWriter): Promise<Omit<SnapshotFooterV2, 'footer' | 'blocks'>> {
  const strings = new StringTableWriter();
  const emit = async (...blocks: Array<Buffer | undefined>): Promise<void> => {
    for (const block of blocks) if (block) await out.add(block);
  };
  const emitJson = async (changeSets: Iterable<ChangeSet>): Promise<void> => {
    for (const changes of changeSets) await emit(jsonBlock(BlockKind.Json, changes));
  };

  /**
   * Adds `items` as rows, a block each `perBlock` rows, after the tables those rows refer to (the strings, and
   * `tables`); the string table alone is flushed between, whenever it is due.
   */
  const emitRows = async <T>(items: Iterable<T>, rows: RowsWriter<T>, perBlock: number, tables: Flushable[] = []): Promise<number> => {
    let count = 0;
    for (const item of items) {
      rows.add(item);
      count++;
      if (rows.rows >= perBlock) await emit(strings.flush(), ...tables.map((table) => table.flush()), rows.flush());
      else if (strings.due) await emit(strings.flush());
    }
    await emit(strings.flush(), ...tables.map((table) => table.flush()), rows.flush());
    return count;
  };

  await emitJson(state.changeSetsBeforeSources());
  await emitRows(state.sources.values(), new SourceRowsWriter(strings), SOURCES_PER_BLOCK);
  await emitJson(state.periodChangeSets());

  const values = new ValueTableWriter();
  await emitRows(state.claimsInOrder(), new ClaimRowsWriter(strings, values), CLAIMS_PER_BLOCK, [values]);

  await emitJson(state.conflictChangeSets());

  const claimIds = state.claimOrder.map(state.claimIdAt);
  const historyCount = await emitRows(state.history.entries(), new HistoryRowsWriter(strings, claimRowsById(claimIds)), HISTORY_PER_BLOCK);

  await emitJson(state.reviewChangeSets());

  const indexes = await writeIndexes(state, strings, rowsOfPositions(state.claimOrder), emit);
  return { claims: state.claimOrder.length, history: historyCount, indexes };
}

/** What emitRows writes: rows added one at a time, taken out as a block. */
interface Flushable {
  flush(): Buffer | undefined;
}
interface RowsWriter<T> extends Flushable {
  readonly rows: number;
  add(item: T): void;
}

/**
 * The claim indexes; false (and the rest left out) if a list holds a position no claim has (which the state
 * never makes: the reader then rebuilds the lists from the claims). Lists hold positions in claim-id order
 * and the claims were written in id order, so each list's rows come out ascending: a row is its position, or
 * one read of the inverted order (rowsOfPositions), never a lookup by id.
 */
async function writeIndexes(
  state: GraphState,
  strings: StringTableWriter,
  rowOf: RowOfPosition,
  emit: (...blocks: Array<Buffer | undefined>) => Promise<void>,
): Promise<boolean> {
  for (const name of FLAT_INDEXES) {
    const writer = new IndexRowsWriter(strings, CLAIM_INDEXES.indexOf(name));
    for (const [key, held] of flatIndex(state, name).heldEntries()) {
      if (!writer.add(key, null, held, rowOf)) return false;
      if (writer.due) await emit(strings.flush(), writer.flush());
    }
    await emit(strings.flush(), writer.flush());
  }
  const writer = new IndexRowsWriter(strings, CLAIM_INDEXES.indexOf('keyPeriod'));
  for (const [key, byPeriod] of state.claimsByKeyPeriod) {
    for (const [periodKey, held] of byPeriod.heldEntries()) {
      if (!writer.add(key, periodKey, held, rowOf)) return false;
      if (writer.due) await emit(strings.flush(), writer.flush());
    }
  }
  await emit(strings.flush(), writer.flush());
  return true;
}

/**
 * Each claim position's row in the snapshot: the rows follow `order` (positions in id order). A store that
 * never restarted, or was only added to since, holds its claims in id order already (ULIDs sort by creation),
 * so a row is its position and nothing is built; otherwise the order is inverted once.
 */
function rowsOfPositions(order: readonly number[]): RowOfPosition {
  let identity = true;
  for (let row = 0; row < order.length && identity; row++) identity = order[row] === row;
  if (identity) return { count: order.length, rows: null };
  const rows = new Uint32Array(order.length);
  order.forEach((position, row) => (rows[position] = row));
  return { count: order.length, rows };
}

/**
 * Row numbers of claims by id, for history targets, which come per claim in id order: each lookup searches on
 * from the row found last, a few comparisons (see SortedRows). Ids out of order, which the state never holds,
 * fall back to a Map of every id.
 */
function claimRowsById(ids: readonly string[]): (id: string) => number | undefined {
  if (isAscending(ids)) {
    const rows = new SortedRows(ids);
    return (id) => rows.rowOf(id);
  }
  const rowOf = new Map<string, number>();
  ids.forEach((id, row) => rowOf.set(id, row));
  return (id) => rowOf.get(id);
}
