// The binary snapshot format (format 3; format 2 is the same without SOURCES blocks, its sources in JSON
// blocks, and still reads): constants shared by its writer and its reader.
//
// File: 8 magic bytes, then blocks. A block is `u32 payload length | u32 crc32(payload) | payload`,
// little-endian; the payload's first byte is its kind. The first block is the header (JSON), the last
// the footer (JSON, with the number of blocks before it): a file without its footer was cut short.
// Strings live in a string table (STRINGS blocks, appended to in order); rows refer to them by index.

export const BINARY_SNAPSHOT_FORMAT = 3;
/** The formats this reader opens: an older reader skips a newer file as of an unknown format, not as damaged. */
export const READABLE_BINARY_FORMATS: readonly number[] = [2, 3];
export const MAGIC = Buffer.from('CGSNAP\r\n', 'latin1');
/** u32 payload length + u32 crc. */
export const BLOCK_HEAD_BYTES = 8;

export const enum BlockKind {
  Header = 1,
  Footer = 2,
  /** A ChangeSet as JSON: the small record kinds (predicates, entities, sources, periods, conflicts, reviews). */
  Json = 3,
  /** The next strings of the string table. */
  Strings = 4,
  /** The next claim value records (JSON array): claims stating the same figure share one. */
  Values = 5,
  Claims = 6,
  History = 7,
  /** One claim index: per key, its claims' row numbers, ascending (so in claim-id order). */
  ClaimIndex = 8,
  /** The next sources, as rows (format 3). */
  Sources = 9,
}

/** A missing string (null) or row. */
export const NONE = 0xffffffff;
/** An empty list or empty change map, created fresh on load. */
export const EMPTY = 0xfffffffe;

/**
 * The columns are typed arrays in the machine's byte order, which the format fixes as little-endian; on a
 * big-endian machine the store writes the JSON-lines format instead, and refuses to read this one.
 */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export interface SnapshotHeaderV2 {
  format: number;
  seq: number;
  createdAt: string;
}

export interface SnapshotFooterV2 {
  footer: true;
  /** Blocks between the header and the footer. */
  blocks: number;
  claims: number;
  history: number;
  /** False when the claim indexes were not written: the reader rebuilds them from the claims. */
  indexes: boolean;
}
