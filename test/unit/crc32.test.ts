// The portable crc32 and the one used at run time (zlib's when Node has it) must agree on every range.
import { describe, expect, it } from 'vitest';
import { crc32, tableCrc32 } from '../../src/store/memory/crc32.js';
import { seededRandom } from '../support/seeded-random.js';

describe('crc32', () => {
  it('both implementations give the IEEE check value', () => {
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('agree on sub-ranges of random bytes', () => {
    const random = seededRandom(7);
    const bytes = Buffer.from(Array.from({ length: 5000 }, () => Math.floor(random() * 256)));
    for (let i = 0; i < 200; i++) {
      const start = Math.floor(random() * bytes.length);
      const end = start + Math.floor(random() * (bytes.length - start));
      expect(crc32(bytes, start, end)).toBe(tableCrc32(bytes, start, end));
    }
  });
});
