// Claims as rows of columns: one u32 string or value index per field, citations as rows of their own.
// A claim the columns cannot carry exactly (see shape.ts) is stored whole as JSON in its row.
import type { Citation, Claim } from '../../../domain/model.js';
import { NO_QUALIFIERS } from '../interning.js';
import { BlockKind, EMPTY, NONE } from './format.js';
import { checkRefs, f64Column, payload, u32Column, u8Column, type PayloadReader } from './payload.js';
import { hasKeys, isFiniteNumber, isFiniteOrNull, isPlainObject, isString, isStringOrNull, jsonNumber, parseWhole, wholeJson } from './shape.js';
import type { StringTableReader, StringTableWriter } from './string-table.js';
import type { ValueTableWriter } from './value-table.js';

const CLAIM_KEYS = [
  'id', 'text', 'kind', 'subjectId', 'predicate', 'objectId', 'value', 'periodId', 'periodText', 'qualifiers',
  'negated', 'status', 'statusReason', 'citations', 'fingerprint', 'createdAt', 'updatedAt', 'version',
] as const;
const CITATION_KEYS = ['sourceId', 'quote', 'start', 'end', 'prefix', 'suffix'] as const;

/** Rows per block: about 2-3 MB of columns. */
export const CLAIMS_PER_BLOCK = 32_768;

function fitsColumns(claim: Claim): boolean {
  return (
    hasKeys(claim, CLAIM_KEYS) &&
    isString(claim.id) && isString(claim.text) && isString(claim.kind) && isString(claim.subjectId) &&
    isString(claim.predicate) && isStringOrNull(claim.objectId) && (claim.value === null || isPlainObject(claim.value)) &&
    isStringOrNull(claim.periodId) && isStringOrNull(claim.periodText) && Array.isArray(claim.qualifiers) &&
    typeof claim.negated === 'boolean' && isString(claim.status) && isStringOrNull(claim.statusReason) &&
    Array.isArray(claim.citations) && claim.citations.every(fitsCitation) && isString(claim.fingerprint) &&
    isString(claim.createdAt) && isString(claim.updatedAt) && isFiniteNumber(claim.version)
  );
}

function fitsCitation(citation: Citation): boolean {
  return (
    isPlainObject(citation) && hasKeys(citation, CITATION_KEYS) && isString(citation.sourceId) && isStringOrNull(citation.quote) &&
    isFiniteOrNull(citation.start) && isFiniteOrNull(citation.end) && isStringOrNull(citation.prefix) && isStringOrNull(citation.suffix)
  );
}

export class ClaimRowsWriter {
  private readonly u32 = Array.from({ length: 16 }, u32Column);
  private readonly negated = u8Column();
  private readonly version = f64Column();
  private readonly citeStrings = Array.from({ length: 4 }, u32Column);
  private readonly citeNumbers = [f64Column(), f64Column()];
  rows = 0;

  constructor(
    private readonly strings: StringTableWriter,
    private readonly values: ValueTableWriter,
  ) {}

  add(claim: Claim): void {
    const s = this.strings;
    const [id, text, kind, subject, predicate, object, value, period, periodText, qualifiers, status, statusReason, citations, fingerprint, times, json] = this.u32;
    this.rows++;
    id!.push(s.unique(claim.id));
    if (!fitsColumns(claim)) {
      const whole = wholeJson(claim, 'claim');
      for (const column of [text, kind, subject, predicate, object, value, period, periodText, qualifiers, status, statusReason, fingerprint]) column!.push(NONE);
      citations!.push(0);
      times!.push(NONE);
      times!.push(NONE);
      this.negated.push(0);
      this.version.push(0);
      json!.push(s.unique(whole));
      return;
    }
    text!.push(s.unique(claim.text));
    kind!.push(s.repeated(claim.kind));
    subject!.push(s.id(claim.subjectId));
    predicate!.push(s.repeated(claim.predicate));
    object!.push(claim.objectId === null ? NONE : s.id(claim.objectId));
    value!.push(this.values.index(claim.value));
    period!.push(claim.periodId === null ? NONE : s.id(claim.periodId));
    periodText!.push(s.orNone(claim.periodText));
    // Repeated: claims share a few lists (see QualifierPool), so the reader parses each list's text once.
    qualifiers!.push(claim.qualifiers.length === 0 ? EMPTY : s.repeated(JSON.stringify(claim.qualifiers)));
    this.negated.push(claim.negated ? 1 : 0);
    status!.push(s.repeated(claim.status));
    statusReason!.push(s.orNone(claim.statusReason));
    citations!.push(claim.citations.length);
    for (const citation of claim.citations) this.addCitation(citation);
    fingerprint!.push(s.unique(claim.fingerprint));
    times!.push(s.repeated(claim.createdAt));
    times!.push(s.repeated(claim.updatedAt));
    this.version.push(jsonNumber(claim.version));
    json!.push(NONE);
  }

  private addCitation(citation: Citation): void {
    const s = this.strings;
    const [source, quote, prefix, suffix] = this.citeStrings;
    source!.push(s.id(citation.sourceId));
    quote!.push(s.orNone(citation.quote));
    prefix!.push(s.orNone(citation.prefix));
    suffix!.push(s.orNone(citation.suffix));
    this.citeNumbers[0]!.push(citation.start === null ? Number.NaN : jsonNumber(citation.start));
    this.citeNumbers[1]!.push(citation.end === null ? Number.NaN : jsonNumber(citation.end));
  }

  /** The CLAIMS block for the rows added since the last flush; strings and values must be flushed before it. */
  flush(): Buffer | undefined {
    if (this.rows === 0) return undefined;
    const citationRows = this.citeStrings[0]!.length;
    const block = payload(BlockKind.Claims, [
      this.rows,
      citationRows,
      ...this.u32.map((column) => column.bytes()),
      this.negated.bytes(),
      this.version.bytes(),
      ...this.citeStrings.map((column) => column.bytes()),
      ...this.citeNumbers.map((column) => column.bytes()),
    ]);
    for (const column of [...this.u32, this.negated, this.version, ...this.citeStrings, ...this.citeNumbers]) column.clear();
    this.rows = 0;
    return block;
  }
}

/** Where decoded claims go. */
export interface ClaimSink {
  /** The string table, ids already the records' own copies. */
  strings: StringTableReader;
  values: readonly unknown[];
  /** A claim from its columns, its strings already shared. */
  restored(claim: Claim): void;
  /** A claim stored whole as JSON: still to be interned like any applied claim. */
  restoredFromJson(claim: Claim): void;
  /** The shared qualifier list a row's JSON text stands for. */
  qualifiers(json: string): Claim['qualifiers'];
}

/** Decodes one CLAIMS block into the sink, in row order. */
export function readClaimRows(reader: PayloadReader, sink: ClaimSink): void {
  const rows = reader.u32();
  const citationRows = reader.u32();
  const [id, text, kind, subject, predicate, object, value, period, periodText, qualifiers, status, statusReason, citations, fingerprint] =
    Array.from({ length: 14 }, () => reader.u32s(rows));
  const times = reader.u32s(rows * 2);
  const json = reader.u32s(rows);
  const negated = reader.u8s(rows);
  const version = reader.f64s(rows);
  const [source, quote, prefix, suffix] = Array.from({ length: 4 }, () => reader.u32s(citationRows));
  const [start, end] = [reader.f64s(citationRows), reader.f64s(citationRows)];
  reader.end();

  const strings = sink.strings;
  const limit = strings.length;
  for (const column of [id, text, kind, subject, predicate, fingerprint, times, source]) checkRefs(column!, limit, 'string', NONE);
  for (const column of [object, period, periodText, status, statusReason, json, quote, prefix, suffix]) checkRefs(column!, limit, 'string', NONE);
  checkRefs(qualifiers!, limit, 'string', NONE, EMPTY);
  checkRefs(value!, sink.values.length, 'value', NONE);
  let citationCount = 0;
  for (let r = 0; r < rows; r++) citationCount += citations![r]!;
  if (citationCount !== citationRows) throw new RangeError(`claims name ${citationCount} citations, the block holds ${citationRows}`);

  const str = (index: number): string | null => (index === NONE ? null : strings.at(index));
  const S = (index: number): string => strings.at(index);
  /** For the columns written with `unique`: one row refers to each of their strings. */
  const fresh = (index: number): string => strings.fresh(index);
  let c = 0;
  for (let r = 0; r < rows; r++) {
    if (json![r] !== NONE) {
      sink.restoredFromJson(parseWhole<Claim>(S(json![r]!), S(id![r]!), 'claim'));
      continue;
    }
    const count = citations![r]!;
    // Exactly as long as needed, as JSON.parse makes it: a pushed-to empty array reserves 17 slots.
    const cited: Citation[] = new Array<Citation>(count);
    for (let k = 0; k < count; k++, c++) {
      cited[k] = {
        sourceId: S(source![c]!),
        quote: str(quote![c]!),
        start: Number.isNaN(start![c]!) ? null : start![c]!,
        end: Number.isNaN(end![c]!) ? null : end![c]!,
        prefix: str(prefix![c]!),
        suffix: str(suffix![c]!),
      };
    }
    const q = qualifiers![r]!;
    const v = value![r]!;
    sink.restored({
      id: fresh(id![r]!),
      text: fresh(text![r]!),
      kind: S(kind![r]!) as Claim['kind'],
      subjectId: S(subject![r]!),
      predicate: S(predicate![r]!),
      objectId: str(object![r]!),
      value: v === NONE ? null : (sink.values[v] as Claim['value']),
      periodId: str(period![r]!),
      periodText: str(periodText![r]!),
      qualifiers: q === EMPTY ? NO_QUALIFIERS : sink.qualifiers(fresh(q)),
      negated: negated[r] === 1,
      status: S(status![r]!) as Claim['status'],
      statusReason: str(statusReason![r]!),
      citations: cited,
      fingerprint: fresh(fingerprint![r]!),
      createdAt: S(times[2 * r]!),
      updatedAt: S(times[2 * r + 1]!),
      version: version[r]!,
    });
  }
}
