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

/**
 * Node decodes a buffer of a megabyte or more into an external string (its characters outside V8's heap), and V8
 * answers every 64 MB of external memory allocated with a full collection: a million-claim restart decodes about
 * 200 MB of string blobs, and so ran three full collections of a heap of up to half a gigabyte for them. Decoded
 * in parts under that size and joined, the blob is one ordinary string instead (V8 copies the parts into one flat
 * string when it is first read), which counts toward the heap's own growth like everything else the load makes.
 */
const HEAP_STRING_PART = 512 * 1024;

function heapString(bytes: Buffer, encoding: 'latin1' | 'utf16le'): string {
  if (bytes.length <= HEAP_STRING_PART) return bytes.toString(encoding);
  let joined = '';
  for (let start = 0; start < bytes.length; start += HEAP_STRING_PART) {
    joined += bytes.toString(encoding, start, Math.min(bytes.length, start + HEAP_STRING_PART));
  }
  return joined;
}

/** One STRINGS block as read: its two decoded blobs, and where each of its strings starts in its blob. */
interface StringBlock {
  /** Its place among the blocks. */
  number: number;
  /** Table index of the block's first string. */
  first: number;
  one: string;
  two: string;
  /** Per string: its length and flags, as stored. */
  entries: Uint32Array;
  /** Per string: where it starts in its blob. */
  starts: Uint32Array;
}

/** Where a string of the table lies: which blob (see `blob`), and its start and length in it. */
export interface StringPlace {
  blob: number;
  start: number;
  length: number;
}

/**
 * The strings read so far, in table order, each sliced out of its block's blob only when first asked for:
 * what nobody reads during a load (history entry ids, which are built later and only if read) is never made.
 */
export class StringTableReader {
  /** Strings made so far by table index; undefined until first asked for. */
  private readonly made: Array<string | undefined> = [];
  private readonly blocks: StringBlock[] = [];
  /** The block the last lookup found: rows mostly refer to strings of the block just read. */
  private recent: StringBlock | undefined;

  /** `canonicalId` gives the copy a held record has of an id string, if any. */
  constructor(private readonly canonicalId: (id: string) => string | undefined) {}

  /** The number of strings in the table. */
  get length(): number {
    return this.made.length;
  }

  /** Appends one STRINGS block's strings. */
  read(reader: PayloadReader): void {
    const count = reader.u32();
    const oneLength = reader.u32();
    const twoLength = reader.u32();
    const entries = reader.u32s(count);
    const one = heapString(reader.bytes(oneLength), 'latin1');
    if (twoLength % 2 !== 0) throw new MalformedPayload('odd UTF-16 blob length');
    const two = heapString(reader.bytes(twoLength), 'utf16le');
    reader.end();
    const starts = new Uint32Array(count);
    let onePos = 0;
    let twoPos = 0;
    for (let i = 0; i < count; i++) {
      const entry = entries[i]!;
      const length = entry & LENGTH;
      if (entry & TWO_BYTE) {
        starts[i] = twoPos;
        twoPos += length;
      } else {
        starts[i] = onePos;
        onePos += length;
      }
    }
    if (onePos !== one.length || twoPos !== two.length) throw new MalformedPayload('string lengths do not match the blobs');
    this.blocks.push({ number: this.blocks.length, first: this.made.length, one, two, entries, starts });
    for (let i = 0; i < count; i++) this.made.push(undefined);
  }

  /** The string at `index`, which must be below `length`; the same instance every time. */
  at(index: number): string {
    const made = this.made[index];
    return made !== undefined ? made : this.make(index);
  }

  /**
   * The string at `index`, made afresh and not kept: for a string that only one row refers to (written with
   * `unique`: a claim's id, text, fingerprint). Keeping millions of them in the table's array, each fresh from
   * the young generation, made every scavenge of a restart walk them; the row's record holds the one copy.
   */
  fresh(index: number): string {
    const made = this.made[index];
    return made !== undefined ? made : this.make(index, false);
  }

  /** Where the string at `index` lies, for a holder that makes it later from the blob (see `blob`). */
  place(index: number): StringPlace {
    const block = this.blockOf(index);
    const k = index - block.first;
    const entry = block.entries[k]!;
    return { blob: block.number * 2 + (entry & TWO_BYTE ? 1 : 0), start: block.starts[k]!, length: entry & LENGTH };
  }

  /** A blob by the number `place` gives. */
  blob(number: number): string {
    const block = this.blocks[number >>> 1]!;
    return number & 1 ? block.two : block.one;
  }

  /** Slices the string out of its blob; kept for later lookups when `keep` (an id always is: it is made canonical once). */
  private make(index: number, keep = true): string {
    const block = this.blockOf(index);
    const k = index - block.first;
    const entry = block.entries[k]!;
    const start = block.starts[k]!;
    // Slices share the blob's characters instead of copying them (V8 copies only short ones).
    const value = (entry & TWO_BYTE ? block.two : block.one).slice(start, start + (entry & LENGTH));
    if (!(entry & ID)) {
      if (keep) this.made[index] = value;
      return value;
    }
    const made = this.canonicalId(value) ?? value;
    this.made[index] = made;
    return made;
  }

  private blockOf(index: number): StringBlock {
    const recent = this.recent;
    if (recent !== undefined && index >= recent.first && index - recent.first < recent.entries.length) return recent;
    if (!(index >= 0 && index < this.made.length)) throw new RangeError(`string ${index} is out of range (${this.made.length})`);
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.blocks[mid]!.first <= index) low = mid;
      else high = mid - 1;
    }
    return (this.recent = this.blocks[low]!);
  }
}
