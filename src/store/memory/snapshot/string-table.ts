// The snapshot's string table: every string a row refers to, stored once per block as two blobs (one-byte and
// two-byte characters) and read back as slices of one decoded string per blob, not one decode per string.
import { BlockKind, NONE } from './format.js';
import { MalformedPayload, payload, u32Column, type PayloadReader } from './payload.js';

/** Set in a string's length entry when it is in the two-byte (UTF-16) blob. */
const TWO_BYTE = 0x80000000;
/** Set when the string is the id of a record rows point to: the reader swaps in the record's own copy once. */
const ID = 0x40000000;
const LENGTH = ID - 1;
/** A block is due once this many characters are pending. */
const BLOCK_CHARS = 4 << 20;
/**
 * Repeated strings (predicates, statuses, times, period texts, quotes) are stored once while they are in
 * this many recent distinct strings; beyond it the map starts over, which costs a copy, never correctness.
 */
const SHARED_LIMIT = 1 << 16;
/**
 * Ids rows point to (entities, periods, sources) have a map of their own, as many as there are records:
 * each is then stored once, and the reader makes each one canonical once.
 */
const ID_LIMIT = 1 << 22;

export class StringTableWriter {
  /** Strings added so far, flushed or not: the next one's index. */
  private count = 0;
  private readonly lengths = u32Column();
  private oneByte: string[] = [];
  private twoByte: string[] = [];
  private pendingChars = 0;
  private shared = new Map<string, number>();
  private ids = new Map<string, number>();

  /** A string no other row is likely to repeat (an id, a claim's text): stored without a lookup. */
  unique(value: string, flags = 0): number {
    // ASCII-only strings (UTF-8 length = length) go to the one-byte blob; anything else keeps its UTF-16
    // code units exactly (even a lone surrogate, which UTF-8 could not carry).
    const ascii = Buffer.byteLength(value, 'utf8') === value.length;
    (ascii ? this.oneByte : this.twoByte).push(value);
    this.lengths.push(value.length | flags | (ascii ? 0 : TWO_BYTE));
    this.pendingChars += value.length;
    return this.count++;
  }

  /** A string many rows may repeat: stored once while it stays in the recent-strings map. */
  repeated(value: string): number {
    const known = this.shared.get(value);
    if (known !== undefined) return known;
    if (this.shared.size >= SHARED_LIMIT) this.shared = new Map();
    const index = this.unique(value);
    this.shared.set(value, index);
    return index;
  }

  /** The id of a record a row points to. */
  id(value: string): number {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    if (this.ids.size >= ID_LIMIT) this.ids = new Map();
    const index = this.unique(value, ID);
    this.ids.set(value, index);
    return index;
  }

  orNone(value: string | null): number {
    return value === null ? NONE : this.repeated(value);
  }

  get due(): boolean {
    return this.pendingChars >= BLOCK_CHARS;
  }

  /** The STRINGS block for what was added since the last flush, if anything. */
  flush(): Buffer | undefined {
    if (this.lengths.length === 0) return undefined;
    const one = Buffer.from(this.oneByte.join(''), 'latin1');
    const two = Buffer.from(this.twoByte.join(''), 'utf16le');
    const block = payload(BlockKind.Strings, [this.lengths.length, one.length, two.length, this.lengths.bytes(), one, two]);
    this.lengths.clear();
    this.oneByte = [];
    this.twoByte = [];
    this.pendingChars = 0;
    return block;
  }
}

/** The strings read so far, in table order. */
export class StringTableReader {
  readonly strings: string[] = [];

  /** `canonicalId` gives the copy a held record has of an id string, if any. */
  constructor(private readonly canonicalId: (id: string) => string | undefined) {}

  /** Appends one STRINGS block's strings. */
  read(reader: PayloadReader): void {
    const count = reader.u32();
    const oneLength = reader.u32();
    const twoLength = reader.u32();
    const lengths = reader.u32s(count);
    const one = reader.bytes(oneLength).toString('latin1');
    if (twoLength % 2 !== 0) throw new MalformedPayload('odd UTF-16 blob length');
    const two = reader.bytes(twoLength).toString('utf16le');
    reader.end();
    const strings = this.strings;
    let onePos = 0;
    let twoPos = 0;
    for (let i = 0; i < count; i++) {
      const entry = lengths[i]!;
      const length = entry & LENGTH;
      // Slices share the blob's characters instead of copying them (V8 copies only short ones).
      let value: string;
      if (entry & TWO_BYTE) {
        value = two.slice(twoPos, twoPos + length);
        twoPos += length;
      } else {
        value = one.slice(onePos, onePos + length);
        onePos += length;
      }
      strings.push(entry & ID ? (this.canonicalId(value) ?? value) : value);
    }
    if (onePos !== one.length || twoPos !== two.length) throw new MalformedPayload('string lengths do not match the blobs');
  }
}
