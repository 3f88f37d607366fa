// Writes a GraphState as binary snapshot blocks: small record kinds as JSON, sources, claims and history as rows
// over one string table, then the claim indexes. Blocks are emitted as they fill, so memory stays bounded.
import type { Claim } from '../../../domain/model.js';
import type { ChangeSet } from '../../port.js';
import { IdListMap, type RestoredRows } from '../id-list-map.js';
import { isAscending, SortedRows } from '../id-lists.js';
import type { GraphState } from '../state.js';
import { jsonBlock } from './binary-file.js';
import type { BlockWriter } from './blocks.js';
import { CLAIMS_PER_BLOCK, ClaimRowsWriter } from './claim-rows.js';
import { BlockKind, type SnapshotFooterV2 } from './format.js';
import { HISTORY_PER_BLOCK, HistoryRowsWriter } from './history-rows.js';
import { SOURCES_PER_BLOCK, SourceRowsWriter } from './source-rows.js';
import { CLAIM_INDEXES, IndexRowsWriter } from './index-rows.js';
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
  await emitRows(claimsInOrder(state), new ClaimRowsWriter(strings, values), CLAIMS_PER_BLOCK, [values]);

  await emitJson(state.conflictChangeSets());

  const rows = claimRows(state.claimOrder);
  const historyCount = await emitRows(state.history.entries(), new HistoryRowsWriter(strings, rows.inOrder), HISTORY_PER_BLOCK);

  await emitJson(state.reviewChangeSets());

  const indexes = await writeIndexes(state, strings, rows.any, emit);
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

/** The claims in id order, the order their rows are written in (history and index lists refer to them by it). */
function* claimsInOrder(state: GraphState): Generator<Claim> {
  for (const id of state.claimOrder) yield state.claims.get(id)!;
}

/**
 * The claim indexes; false (and the rest left out) if a list names an id that is not a claim's. A list still
 * unbuilt since a restart is written from its snapshot rows, each mapped to its row now (one walk of the claim
 * order for them all), instead of being built and each of its ids looked up. When that walk finds the restored
 * rows out of id order, such lists are built and written like the others.
 */
async function writeIndexes(
  state: GraphState,
  strings: StringTableWriter,
  claimRow: (id: string) => number | undefined,
  emit: (...blocks: Array<Buffer | undefined>) => Promise<void>,
): Promise<boolean> {
  const restored = restoredRowsOf(state);
  const rowNow = restored?.rowsIn(state.claimOrder) ?? null;
  const heldEntries = (lists: Map<string, string[]>): Iterable<[string, string[] | Uint32Array]> =>
    rowNow && lists instanceof IdListMap && lists.restoredRows === restored ? lists.heldEntries() : lists.entries();
  const addList = (writer: IndexRowsWriter, key: string, subKey: string | null, held: string[] | Uint32Array): boolean => {
    if (!(held instanceof Uint32Array)) return writer.add(key, subKey, held, claimRow);
    writer.addRestored(key, subKey, held, rowNow!);
    return true;
  };

  for (const name of FLAT_INDEXES) {
    const writer = new IndexRowsWriter(strings, CLAIM_INDEXES.indexOf(name));
    for (const [key, held] of heldEntries(flatIndex(state, name))) {
      if (!addList(writer, key, null, held)) return false;
      if (writer.due) await emit(strings.flush(), writer.flush());
    }
    await emit(strings.flush(), writer.flush());
  }
  const writer = new IndexRowsWriter(strings, CLAIM_INDEXES.indexOf('keyPeriod'));
  for (const [key, byPeriod] of state.claimsByKeyPeriod) {
    for (const [periodKey, held] of heldEntries(byPeriod)) {
      if (!addList(writer, key, periodKey, held)) return false;
      if (writer.due) await emit(strings.flush(), writer.flush());
    }
  }
  await emit(strings.flush(), writer.flush());
  return true;
}

/** Built-list lookups searched for before a Map of every claim id is made for the rest (see claimRows). */
const SEARCHED_LIST_LOOKUPS = 20_000;

/**
 * Row numbers of claims, for history targets and index lists: the order the claims were just written in,
 * which the state keeps in id order. `inOrder` is for lookups that go in id order (history comes per claim,
 * claims in id order): each searches on from the row found last, a few comparisons. `any` is for the ids of
 * built index lists: searched for while they are few (after a restart, only the lists written to or read
 * since), then looked up in a Map of every id, made once they are many (a store that never restarted has
 * millions). Searching for millions made a 1M snapshot four times slower: a restored id is a slice of a
 * larger string, and comparing slices costs more than a Map lookup by the hash the id already holds.
 */
function claimRows(order: readonly string[]): { inOrder: (id: string) => number | undefined; any: (id: string) => number | undefined } {
  let rowOf: Map<string, number> | undefined;
  const mapped = (id: string): number | undefined => {
    if (!rowOf) {
      rowOf = new Map<string, number>();
      order.forEach((held, row) => rowOf!.set(held, row));
    }
    return rowOf.get(id);
  };
  if (!isAscending(order)) return { inOrder: mapped, any: mapped }; // never, as the state keeps it: a test makes it so
  const history = new SortedRows(order);
  const lists = new SortedRows(order);
  let searched = 0;
  return {
    inOrder: (id) => history.rowOf(id),
    any: (id) => (rowOf || ++searched > SEARCHED_LIST_LOOKUPS ? mapped(id) : lists.rowOf(id)),
  };
}

/** The rows a restart's unbuilt index lists refer to: one object for every map of a state restored from a snapshot. */
function restoredRowsOf(state: GraphState): RestoredRows | undefined {
  for (const name of FLAT_INDEXES) {
    const rows = flatIndex(state, name).restoredRows;
    if (rows) return rows;
  }
  for (const byPeriod of state.claimsByKeyPeriod.values()) if (byPeriod instanceof IdListMap && byPeriod.restoredRows) return byPeriod.restoredRows;
  return undefined;
}
