// Line framing shared by journal segments and snapshots: `<crc32 hex> <json>\n`, and a byte-offset-aware line reader.

import { open } from 'node:fs/promises';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { crc32 } from './crc32.js';

const NEWLINE = 0x0a;
const SPACE = 0x20;
const CRC_HEX_LENGTH = 8;
const PREFIX_LENGTH = CRC_HEX_LENGTH + 1; // crc + space
/** Snapshot lines hold a batch of 1,000 records (about 1 MB): chunks well above that copy each line about once, not twice. */
const READ_CHUNK_BYTES = 8 << 20;

/** One line's JSON, in parts written one after another: text, or bytes already encoded as UTF-8. */
export type LineParts = ReadonlyArray<string | Buffer>;

/** Frames many JSON texts into one buffer, so a commit is a single write. */
export function frameLines(jsonTexts: readonly string[]): Buffer {
  return frameLineParts(jsonTexts.map((json) => [json]));
}

/** Frames many lines, each given in parts, into one buffer: `<crc32 hex> <parts...>\n` a line. */
export function frameLineParts(lines: readonly LineParts[]): Buffer {
  let total = 0;
  const lengths = lines.map((parts) => parts.reduce((sum, part) => sum + partLength(part), 0));
  for (const length of lengths) total += PREFIX_LENGTH + length + 1;
  const out = Buffer.allocUnsafe(total);
  let pos = 0;
  lines.forEach((parts, i) => {
    const length = lengths[i]!;
    const jsonStart = pos + PREFIX_LENGTH;
    // Encode the JSON straight into place, then checksum those bytes: no intermediate buffer per line.
    let at = jsonStart;
    for (const part of parts) at += typeof part === 'string' ? out.write(part, at, 'utf8') : part.copy(out, at);
    const crc = crc32(out.subarray(jsonStart, jsonStart + length));
    out.write(crc.toString(16).padStart(CRC_HEX_LENGTH, '0'), pos, CRC_HEX_LENGTH, 'latin1');
    out[pos + CRC_HEX_LENGTH] = SPACE;
    out[jsonStart + length] = NEWLINE;
    pos = jsonStart + length + 1;
  });
  return out;
}

function partLength(part: string | Buffer): number {
  return typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.length;
}

export type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

/** Checks the crc and parses the JSON of one line. */
export function decodeFrame(line: Line): Decoded {
  const damage = checkFrame(line);
  if (damage !== undefined) return { ok: false, reason: damage };
  try {
    return { ok: true, value: JSON.parse(line.data.toString('utf8', line.start + PREFIX_LENGTH, line.end)) };
  } catch {
    return { ok: false, reason: 'unparsable JSON' };
  }
}

/** Only the crc check, for scans that must not pay for JSON parsing. Returns what is wrong, if anything. */
export function checkFrame({ data, start, end }: Line): string | undefined {
  if (end - start < PREFIX_LENGTH + 1 || data[start + CRC_HEX_LENGTH] !== SPACE) return 'malformed frame';
  const expected = parseHex8(data, start);
  if (expected < 0) return 'malformed crc';
  if (crc32(data, start + PREFIX_LENGTH, end) !== expected) return 'crc mismatch';
  return undefined;
}

/** 8 bytes of lowercase hex at `start`, or -1. By hand: toString + regex per line cost more than the crc. */
function parseHex8(bytes: Buffer, start: number): number {
  let value = 0;
  for (let i = start; i < start + CRC_HEX_LENGTH; i++) {
    const c = bytes[i]!;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** The error for damage that recovery must not paper over: where it is and what the operator can do. */
export function corruptionError(file: string, lineNo: number, offset: number, reason: string, unit: 'line' | 'block' = 'line'): DomainError {
  return new DomainError(
    ErrorCode.StoreCorrupt,
    `${file} is damaged at ${unit} ${lineNo} (byte offset ${offset}): ${reason}. ` +
      'Data after this point cannot be trusted, so the store refuses to open. ' +
      'Restore the data directory from a backup, or move the file aside (losing the data in it) and open again.',
    [],
    { file, line: lineNo, offset, reason },
  );
}

/**
 * One line, as a range of the buffer it was read into (a Buffer per line made scans allocation-bound).
 * Only valid until the next batch is requested: the read buffer is reused.
 */
export interface Line {
  data: Buffer;
  /** The line is data[start..end), without its newline. */
  start: number;
  end: number;
  /** 1-based. */
  lineNo: number;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** False for a final line with no newline: a write that was cut short. */
  terminated: boolean;
}

/**
 * Streams the lines of a file up to byte `end` (exclusive), with their line numbers and byte offsets.
 * Lines come in batches, one per read chunk: an async step per line would cost more than the parsing.
 */
export async function* readLineBatches(path: string, end = Number.POSITIVE_INFINITY): AsyncGenerator<Line[]> {
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let carry = Buffer.alloc(0); // bytes of a line that spans chunks
    let carryOffset = 0;
    let filePos = 0;
    let lineNo = 0;
    while (filePos < end) {
      const want = Math.min(READ_CHUNK_BYTES, end - filePos);
      const { bytesRead } = await handle.read(chunk, 0, want, filePos);
      if (bytesRead === 0) break;
      filePos += bytesRead;
      const data = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const batch: Line[] = [];
      let start = 0;
      for (let nl = data.indexOf(NEWLINE, start); nl !== -1; nl = data.indexOf(NEWLINE, start)) {
        batch.push({ data, start, end: nl, lineNo: ++lineNo, offset: carryOffset + start, terminated: true });
        start = nl + 1;
      }
      if (batch.length > 0) yield batch;
      carry = Buffer.from(data.subarray(start)); // copy: `chunk` is overwritten by the next read
      carryOffset += start;
    }
    if (carry.length > 0) yield [{ data: carry, start: 0, end: carry.length, lineNo: ++lineNo, offset: carryOffset, terminated: false }];
  } finally {
    await handle.close();
  }
}
