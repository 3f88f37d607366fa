// History entries as rows of columns. Most point at a claim: their target is its row number, read back as
// the claim's own id string. An entry the columns cannot carry exactly is stored whole as JSON.
import type { HistoryEntry } from '../../../domain/model.js';
import { BlockKind, EMPTY, NONE } from './format.js';
import { checkRefs, f64Column, payload, u32Column, type PayloadReader } from './payload.js';
import { hasKeys, isFiniteNumber, isPlainObject, isString, isStringOrNull, jsonNumber, parseWhole, wholeJson } from './shape.js';
import type { StringTableReader, StringTableWriter } from './string-table.js';

const HISTORY_KEYS = ['id', 'targetId', 'action', 'actor', 'at', 'fromVersion', 'toVersion', 'changes', 'note'] as const;
export const HISTORY_PER_BLOCK = 65_536;

function fitsColumns(entry: HistoryEntry): boolean {
  return (
    hasKeys(entry, HISTORY_KEYS) && isString(entry.id) && isString(entry.targetId) && isString(entry.action) &&
    isString(entry.actor) && isString(entry.at) && isFiniteNumber(entry.fromVersion) && isFiniteNumber(entry.toVersion) &&
    isPlainObject(entry.changes) && isStringOrNull(entry.note)
  );
}

export class HistoryRowsWriter {
  private readonly u32 = Array.from({ length: 9 }, u32Column);
  private readonly versions = f64Column();
  rows = 0;

  /** `claimRow` gives a claim id's row number, undefined for other targets. */
  constructor(
    private readonly strings: StringTableWriter,
    private readonly claimRow: (id: string) => number | undefined,
  ) {}

  add(entry: HistoryEntry): void {
    const s = this.strings;
    const [id, targetRow, target, action, actor, at, changes, note, json] = this.u32;
    this.rows++;
    id!.push(s.unique(entry.id));
    if (!fitsColumns(entry)) {
      const whole = wholeJson(entry, 'history entry');
      for (const column of [targetRow, target, action, actor, at, changes, note]) column!.push(NONE);
      this.versions.push(0);
      this.versions.push(0);
      json!.push(s.unique(whole));
      return;
    }
    const row = this.claimRow(entry.targetId);
    targetRow!.push(row ?? NONE);
    target!.push(row === undefined ? s.id(entry.targetId) : NONE);
    action!.push(s.repeated(entry.action));
    actor!.push(s.repeated(entry.actor));
    at!.push(s.repeated(entry.at));
    this.versions.push(jsonNumber(entry.fromVersion));
    this.versions.push(jsonNumber(entry.toVersion));
    const changed = JSON.stringify(entry.changes);
    changes!.push(changed === '{}' ? EMPTY : s.unique(changed));
    note!.push(s.orNone(entry.note));
    json!.push(NONE);
  }

  flush(): Buffer | undefined {
    if (this.rows === 0) return undefined;
    const block = payload(BlockKind.History, [this.rows, ...this.u32.map((column) => column.bytes()), this.versions.bytes()]);
    for (const column of [...this.u32, this.versions]) column.clear();
    this.rows = 0;
    return block;
  }
}

/** One HISTORY block's columns, as the writer lays them out. */
export interface HistoryColumns {
  id: Uint32Array;
  /** The target's claim row, or NONE when the target is another node (then in `target`). */
  targetRow: Uint32Array;
  target: Uint32Array;
  action: Uint32Array;
  actor: Uint32Array;
  at: Uint32Array;
  /** A string of JSON, or EMPTY for no changes. */
  changes: Uint32Array;
  note: Uint32Array;
  /** fromVersion and toVersion of each row, in turn. */
  versions: Float64Array;
}

export interface HistorySink {
  strings: StringTableReader;
  /** Claim ids by row number. */
  claimIds: readonly string[];
  /** Row `r` of `columns`, an entry stored in them (its references checked). */
  row(columns: HistoryColumns, r: number): void;
  restoredFromJson(entry: HistoryEntry): void;
}

/** Decodes one HISTORY block; each row goes to the sink in order. */
export function readHistoryRows(reader: PayloadReader, sink: HistorySink): void {
  const rows = reader.u32();
  const [id, targetRow, target, action, actor, at, changes, note, json] = Array.from({ length: 9 }, () => reader.u32s(rows)) as Uint32Array[];
  const versions = reader.f64s(rows * 2);
  reader.end();
  const strings = sink.strings;
  for (const column of [id, target, action, actor, at, note, json]) checkRefs(column!, strings.length, 'string', NONE);
  checkRefs(changes!, strings.length, 'string', NONE, EMPTY);
  checkRefs(targetRow!, sink.claimIds.length, 'claim row', NONE);
  const columns: HistoryColumns = { id: id!, targetRow: targetRow!, target: target!, action: action!, actor: actor!, at: at!, changes: changes!, note: note!, versions };
  for (let r = 0; r < rows; r++) {
    if (json![r] !== NONE) sink.restoredFromJson(parseWhole<HistoryEntry>(strings.at(json![r]!), strings.at(id![r]!), 'history'));
    else sink.row(columns, r);
  }
}
