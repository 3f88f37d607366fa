// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) over bytes, table-driven because Node 20's zlib has no crc32.

const POLYNOMIAL = 0xedb88320;

/** One entry per byte value: the CRC register after shifting that byte through. */
const TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of `bytes[start..end)` as an unsigned 32-bit integer (crc32("123456789") === 0xcbf43926). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) {
    // Both indexes are in range by construction; the non-null assertions only satisfy noUncheckedIndexedAccess.
    crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The CRC as the 8 lowercase hex characters used in the framing. */
export function crc32Hex(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(8, '0');
}
