// The snapshot string table reads back every string exactly, however large its block's blobs grow.
import { describe, expect, it } from 'vitest';
import { PayloadReader } from '../../src/store/memory/snapshot/payload.js';
import { StringTableReader, StringTableWriter } from '../../src/store/memory/snapshot/string-table.js';

/** Writes `values` into one STRINGS block and reads them back. */
function roundTrip(values: readonly string[]): string[] {
  const writer = new StringTableWriter();
  const indexes = values.map((value) => writer.unique(value));
  const reader = new StringTableReader(() => undefined);
  reader.read(new PayloadReader(writer.flush()!));
  return indexes.map((index) => reader.at(index));
}

describe('the snapshot string table', () => {
  it('reads back strings from blobs of several megabytes, one-byte and two-byte, across the parts they are decoded in', () => {
    // Lengths that are not multiples of anything the reader decodes by, so strings straddle its part boundaries.
    const values: string[] = [];
    for (let i = 0, chars = 0; chars < 6_000_000; i++) {
      const ascii = `claim ${i} said ${'x'.repeat(i % 997)} in Zurich`; // the one-byte blob takes ASCII only
      const wide = `überall ${i} — ${'€'.repeat(i % 389)} 🙂`; // the two-byte blob, a surrogate pair included
      values.push(ascii, wide);
      chars += ascii.length + wide.length;
    }
    expect(roundTrip(values)).toEqual(values);
  });

  it('keeps a lone surrogate exactly', () => {
    const values = ['a\ud800b', 'x'.repeat(700_000) + '\udc00', 'plain'];
    expect(roundTrip(values)).toEqual(values);
  });
});
