// Building and reading block payloads: a kind byte, then u32 counts, typed-array columns and raw bytes, back to back.

/** A u32 or f64 column that grows as rows are added, then is written as its bytes. */
export class Column<A extends Uint32Array | Float64Array | Uint8Array> {
  private data: A;
  length = 0;

  constructor(private readonly make: (capacity: number) => A) {
    this.data = make(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = this.make(Math.max(1024, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far (a view, not a copy). */
  values(): A {
    return this.data.subarray(0, this.length) as A;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  /** Lets go of the room reserved beyond `length`, for a column that is done growing. */
  trim(): void {
    this.data = this.data.slice(0, this.length) as A;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.data.buffer, 0, this.length * this.data.BYTES_PER_ELEMENT);
  }

  clear(): void {
    this.length = 0;
  }
}

export const u32Column = (): Column<Uint32Array> => new Column((n) => new Uint32Array(n));
export const f64Column = (): Column<Float64Array> => new Column((n) => new Float64Array(n));
export const u8Column = (): Column<Uint8Array> => new Column((n) => new Uint8Array(n));

/** Assembles one payload from parts; the crc and length are added by the block writer. */
export function payload(kind: number, parts: ReadonlyArray<Uint8Array | number>): Buffer {
  let total = 1;
  for (const part of parts) total += typeof part === 'number' ? 4 : part.length;
  const out = Buffer.allocUnsafe(total);
  out[0] = kind;
  let pos = 1;
  for (const part of parts) {
    if (typeof part === 'number') pos = out.writeUInt32LE(part, pos);
    else {
      out.set(part, pos);
      pos += part.length;
    }
  }
  return out;
}

/** The error for a payload whose crc matched but whose contents do not add up: a writer bug, or deliberate tampering. */
export class MalformedPayload extends Error {}

/**
 * Reads a payload front to back; every read is bounds-checked. Columns are views of the payload where they are
 * aligned, else copies: either way the caller may change them (the payload is not read again).
 */
export class PayloadReader {
  private pos = 1;

  constructor(private readonly data: Buffer) {}

  get kind(): number {
    return this.data[0]!;
  }

  u32(): number {
    this.need(4);
    const value = this.data.readUInt32LE(this.pos);
    this.pos += 4;
    return value;
  }

  /** A u32 column: a view of the payload where it lies on a 4-byte boundary (see blocks.ts), else a copy. */
  u32s(count: number): Uint32Array {
    this.need(count * 4); // before allocating: a damaged count must not ask for gigabytes
    const at = this.data.byteOffset + this.pos;
    if (at % 4 !== 0) return this.copy(new Uint32Array(count));
    this.pos += count * 4;
    return new Uint32Array(this.data.buffer, at, count);
  }

  /** An f64 column: a view where it lies on an 8-byte boundary, else a copy. */
  f64s(count: number): Float64Array {
    this.need(count * 8);
    const at = this.data.byteOffset + this.pos;
    if (at % 8 !== 0) return this.copy(new Float64Array(count));
    this.pos += count * 8;
    return new Float64Array(this.data.buffer, at, count);
  }

  /** A u8 column: always a view. */
  u8s(count: number): Uint8Array {
    this.need(count);
    const at = this.data.byteOffset + this.pos;
    this.pos += count;
    return new Uint8Array(this.data.buffer, at, count);
  }

  /** The next `length` bytes, not copied. */
  bytes(length: number): Buffer {
    this.need(length);
    const out = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** The bytes not read yet, not copied. */
  rest(): Buffer {
    return this.bytes(this.data.length - this.pos);
  }

  /** Everything must have been read: a longer payload is as wrong as a shorter one. */
  end(): void {
    if (this.pos !== this.data.length) throw new MalformedPayload(`${this.data.length - this.pos} bytes left over in a block of kind ${this.kind}`);
  }

  private copy<A extends Uint32Array | Float64Array | Uint8Array>(out: A): A {
    const length = out.byteLength;
    this.need(length);
    new Uint8Array(out.buffer).set(this.data.subarray(this.pos, this.pos + length));
    this.pos += length;
    return out;
  }

  private need(length: number): void {
    if (!Number.isSafeInteger(length) || length < 0 || this.pos + length > this.data.length) {
      throw new MalformedPayload(`a block of kind ${this.kind} is shorter than its contents say`);
    }
  }
}

/**
 * Checks that every entry of a reference column is below `limit` or one of the (at most two) allowed
 * sentinels. Plain compares, not a list search: a restart checks tens of millions of entries.
 */
export function checkRefs(column: Uint32Array, limit: number, what: string, sentinel = -1, otherSentinel = -1): void {
  for (let i = 0; i < column.length; i++) {
    const ref = column[i]!;
    if (ref >= limit && ref !== sentinel && ref !== otherSentinel) throw new MalformedPayload(`${what} ${ref} is out of range (${limit})`);
  }
}
