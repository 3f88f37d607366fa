// Sources as rows of columns, like claims: at a million claims a snapshot holds over a hundred thousand
// sources, and reading them as JSON change sets (a parse, then fresh strings for every field) was a tenth of a
// restart. A source the columns cannot carry exactly is stored whole as JSON in its row.
import type { Source } from '../../../domain/model.js';
import { BlockKind, NONE } from './format.js';
import { checkRefs, MalformedPayload, payload, u32Column, u8Column, type PayloadReader } from './payload.js';
import { hasKeys, isString, isStringOrNull, parseWhole, wholeJson } from './shape.js';
import type { StringTableReader, StringTableWriter } from './string-table.js';

const SOURCE_KEYS = ['id', 'url', 'title', 'publisher', 'publishedAt', 'retrievedAt'] as const;
/** The same, with the optional content hash (null or a string) present. */
const HASHED_SOURCE_KEYS = [...SOURCE_KEYS, 'contentHash'] as const;

/** Rows per block. */
export const SOURCES_PER_BLOCK = 65_536;

/** The `hashed` column: whether the record has a contentHash key (null is a value; absent is not). */
const enum Hashed {
  Absent = 0,
  Present = 1,
}

function fitsColumns(source: Source): boolean {
  const hashed = 'contentHash' in source;
  return (
    hasKeys(source, hashed ? HASHED_SOURCE_KEYS : SOURCE_KEYS) &&
    isString(source.id) && isString(source.url) && isStringOrNull(source.title) && isStringOrNull(source.publisher) &&
    isStringOrNull(source.publishedAt) && isString(source.retrievedAt) && (!hashed || isStringOrNull(source.contentHash))
  );
}

export class SourceRowsWriter {
  private readonly u32 = Array.from({ length: 8 }, u32Column);
  private readonly hashed = u8Column();
  rows = 0;

  constructor(private readonly strings: StringTableWriter) {}

  add(source: Source): void {
    const s = this.strings;
    const [id, url, title, publisher, publishedAt, retrievedAt, contentHash, json] = this.u32;
    this.rows++;
    // As an id: citations refer to the same table entry, so the reader gives them this source's own copy.
    id!.push(s.id(source.id));
    if (!fitsColumns(source)) {
      for (const column of [url, title, publisher, publishedAt, retrievedAt, contentHash]) column!.push(NONE);
      this.hashed.push(Hashed.Absent);
      json!.push(s.unique(wholeJson(source, 'source')));
      return;
    }
    url!.push(s.unique(source.url));
    title!.push(source.title === null ? NONE : s.unique(source.title));
    publisher!.push(s.orNone(source.publisher));
    publishedAt!.push(s.orNone(source.publishedAt));
    retrievedAt!.push(s.repeated(source.retrievedAt));
    const hash = source.contentHash;
    this.hashed.push(hash === undefined ? Hashed.Absent : Hashed.Present);
    contentHash!.push(hash === undefined || hash === null ? NONE : s.unique(hash));
    json!.push(NONE);
  }

  /** The SOURCES block for the rows added since the last flush; strings must be flushed before it. */
  flush(): Buffer | undefined {
    if (this.rows === 0) return undefined;
    const block = payload(BlockKind.Sources, [this.rows, ...this.u32.map((column) => column.bytes()), this.hashed.bytes()]);
    for (const column of [...this.u32, this.hashed]) column.clear();
    this.rows = 0;
    return block;
  }
}

/** Decodes one SOURCES block, handing each source to `restored` in row order. */
export function readSourceRows(reader: PayloadReader, strings: StringTableReader, restored: (source: Source) => void): void {
  const rows = reader.u32();
  const [id, url, title, publisher, publishedAt, retrievedAt, contentHash, json] = Array.from({ length: 8 }, () => reader.u32s(rows));
  const hashed = reader.u8s(rows);
  reader.end();

  checkRefs(id!, strings.length, 'string');
  checkRefs(url!, strings.length, 'string', NONE);
  checkRefs(retrievedAt!, strings.length, 'string', NONE);
  for (const column of [title, publisher, publishedAt, contentHash, json]) checkRefs(column!, strings.length, 'string', NONE);
  const str = (index: number): string | null => (index === NONE ? null : strings.at(index));
  /** For the columns written with `unique`: one row refers to each of their strings. */
  const fresh = (index: number): string | null => (index === NONE ? null : strings.fresh(index));
  for (let r = 0; r < rows; r++) {
    const sourceId = strings.at(id![r]!);
    if (json![r] !== NONE) {
      if (hashed[r] !== Hashed.Absent || [url, title, publisher, publishedAt, retrievedAt, contentHash].some((column) => column![r] !== NONE)) {
        throw new MalformedPayload('a source row stored whole also has columns');
      }
      const whole = parseWhole<Source>(strings.fresh(json![r]!), sourceId, 'source');
      whole.id = sourceId; // the table's copy, which citations share (the same characters, checked above)
      restored(whole);
      continue;
    }
    if (url![r] === NONE || retrievedAt![r] === NONE) throw new MalformedPayload('a source row has no url or retrieval time');
    const source: Source = {
      id: sourceId,
      url: strings.fresh(url![r]!),
      title: fresh(title![r]!),
      publisher: str(publisher![r]!),
      publishedAt: str(publishedAt![r]!),
      retrievedAt: strings.at(retrievedAt![r]!),
    };
    if (hashed[r] === Hashed.Present) source.contentHash = fresh(contentHash![r]!);
    else if (hashed[r] !== Hashed.Absent || contentHash![r] !== NONE) throw new MalformedPayload('a source row has a content hash but no contentHash field');
    restored(source);
  }
}
