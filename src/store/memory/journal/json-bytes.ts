// A journal payload's JSON as UTF-8 bytes, the same bytes as JSON.stringify, without ever holding it as one string.
//
// Why: a batch of 1,000 claims is a ~1.1 MB payload. JSON.stringify made it one string in V8's large-object
// space, the record wrapped it in a second (a concatenation, flattened by the byte count), and the framing
// encoded that into a third buffer: three fresh megabytes a commit, each paid for in page faults and
// old-space GC. Here the top levels of the payload are walked by hand and each element below them (a claim,
// a history entry) is stringified alone: small strings that die young, written into one scratch buffer that
// is reused from commit to commit.

/** Levels walked by hand: the payload object, then its arrays; their elements are stringified whole. */
const WALKED_LEVELS = 2;
const INITIAL_SCRATCH_BYTES = 1 << 20;
/** A scratch buffer grown past this by one huge payload is let go after it, not held for the process's life. */
const KEPT_SCRATCH_BYTES = 16 << 20;

let scratch = Buffer.allocUnsafe(INITIAL_SCRATCH_BYTES);
let used = 0;
/** Set while the scratch buffer is being written: a getter or toJSON that encodes a payload of its own must not share it. */
let busy = false;

/**
 * The UTF-8 bytes of JSON.stringify(value), or undefined where JSON.stringify gives undefined (undefined, a
 * function, a symbol). Throws what JSON.stringify throws (a cycle, a BigInt). The result is a copy the caller owns.
 */
export function jsonBytes(value: unknown): Buffer | undefined {
  if (busy) {
    const json = JSON.stringify(value) as string | undefined;
    return json === undefined ? undefined : Buffer.from(json, 'utf8');
  }
  busy = true;
  used = 0;
  try {
    if (!writeValue(value, WALKED_LEVELS, '')) return undefined;
    return Buffer.from(scratch.subarray(0, used));
  } finally {
    busy = false;
    if (scratch.length > KEPT_SCRATCH_BYTES) scratch = Buffer.allocUnsafe(INITIAL_SCRATCH_BYTES);
  }
}

/** Writes the value's JSON as the property `key` of its holder; false (nothing written) where JSON.stringify would leave it out. */
function writeValue(value: unknown, levels: number, key: string): boolean {
  if (levels > 0 && isWalkable(value)) {
    if (Array.isArray(value)) writeArray(value, levels - 1);
    else writeObject(value as Record<string, unknown>, levels - 1);
    return true;
  }
  const json = stringifyAs(value, key);
  if (json === undefined) return false;
  write(json);
  return true;
}

/**
 * JSON.stringify of `value` as property `key`: a toJSON method is given the key it would be given inside its holder
 * ("0" in an array, the property's name in an object), which a lone JSON.stringify(value) would give as "".
 */
function stringifyAs(value: unknown, key: string): string | undefined {
  if (key === '' || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    return JSON.stringify(value) as string | undefined;
  }
  const wrapped = JSON.stringify({ [key]: value }) as string;
  const prefix = `{${JSON.stringify(key)}:`;
  return wrapped.length === 2 ? undefined : wrapped.slice(prefix.length, -1);
}

function writeArray(array: readonly unknown[], levels: number): void {
  write('[');
  for (let i = 0; i < array.length; i++) {
    if (i > 0) write(',');
    if (!writeValue(array[i], levels, String(i))) write('null'); // as JSON.stringify writes a hole or an undefined element
  }
  write(']');
}

function writeObject(object: Record<string, unknown>, levels: number): void {
  write('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const keyStart = used;
    write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    if (writeValue(object[key], levels, key)) first = false;
    else used = keyStart; // a property JSON.stringify leaves out (undefined, a function): take its key back
  }
  write('}');
}

/** Plain arrays and plain objects with no toJSON: anything else (a Date, a boxed string, a class) is left to JSON.stringify. */
function isWalkable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** Text up to this long is sized by its worst case (3 bytes a UTF-16 unit); longer text is measured, not over-reserved. */
const MEASURED_TEXT = 1 << 16;

function write(text: string): void {
  const needed = used + (text.length > MEASURED_TEXT ? Buffer.byteLength(text, 'utf8') : text.length * 3);
  if (needed > scratch.length) {
    const grown = Buffer.allocUnsafe(Math.max(scratch.length * 2, needed));
    scratch.copy(grown, 0, 0, used);
    scratch = grown;
  }
  used += scratch.write(text, used, 'utf8');
}
