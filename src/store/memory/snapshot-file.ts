// Snapshot files, streamed to a temp file and renamed into place. Two formats: JSON lines (format 1: a header,
// one crc-framed item per line and a footer), for any items; and binary (format 3, format 2 still read;
// snapshot/), for a source that writes itself as blocks (the memory store's state), whose only item when read
// back is the verified image.

import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { seqFileName } from './files.js';
import { checkFrame, corruptionError, decodeFrame, frameLines, readLineBatches, type Line } from './framing.js';
import { fsyncDir, writeFully } from './fsync.js';
import { isBinarySource, readBinarySnapshot, writeBinaryBlocks, type BinarySnapshotImage, type BinarySnapshotSource } from './snapshot/binary-file.js';
import { LITTLE_ENDIAN } from './snapshot/format.js';

export const SNAPSHOT_FORMAT = 1;
/** The header JSON is space-padded to this width so the final item count can overwrite the placeholder in place. */
const HEADER_WIDTH = 160;
/** Items are buffered up to about this many characters per write: big enough to be cheap, small enough for memory. */
const FLUSH_CHARS = 1 << 20;

interface SnapshotHeader {
  seq: number;
  count: number;
  createdAt: string;
  format: number;
}

export interface VerifiedSnapshot {
  seq: number;
  path: string;
  count: number;
  /** A binary snapshot, read and checked whole at open: handed over as the only item, then let go. */
  image?: BinarySnapshotImage;
}

/** Whether `items` are written in the binary format (a source that can, on a machine that can). */
const writesBinary = (items: unknown): items is BinarySnapshotSource => LITTLE_ENDIAN && isBinarySource(items);

/** The file name for a snapshot of `items` as of `seq`: `.bin` for the binary format. */
export function snapshotFileName(seq: number, items: unknown): string {
  return seqFileName('snapshot', seq, writesBinary(items) ? 'bin' : 'ndjson');
}

/**
 * Streams `items` into `path` atomically: temp file, fsync, rename, directory fsync. A crash at any point
 * leaves either the previous state or the complete new file, never a partial file under the final name.
 * Returns the number of items written.
 */
export async function writeSnapshotFile(
  path: string,
  seq: number,
  items: Iterable<unknown> | AsyncIterable<unknown>,
  createdAt: Date,
): Promise<number> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    const count = writesBinary(items)
      ? await writeBinaryBlocks(handle, seq, items, createdAt)
      : await writeJsonLines(handle, seq, items, createdAt);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
    await fsyncDir(dirname(path));
    return count;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Format 1: returns the number of items written. */
async function writeJsonLines(handle: FileHandle, seq: number, items: Iterable<unknown> | AsyncIterable<unknown>, createdAt: Date): Promise<number> {
  const placeholder = frameHeader({ seq, count: 0, createdAt: createdAt.toISOString(), format: SNAPSHOT_FORMAT });
  const body = new BufferedLineWriter(async (bytes, position) => writeFully(handle, bytes, position), placeholder.length);
  await writeFully(handle, placeholder, 0);
  const count = await body.writeItems(items);
  await body.add(JSON.stringify({ footer: true, count }));
  await body.flush();
  // The count is only known now (items may be a lazy stream), so the fixed-width header is rewritten.
  const header = frameHeader({ seq, count, createdAt: createdAt.toISOString(), format: SNAPSHOT_FORMAT });
  await writeFully(handle, header, 0);
  return count;
}

function frameHeader(header: SnapshotHeader): Buffer {
  const json = JSON.stringify(header);
  if (json.length > HEADER_WIDTH) throw new RangeError(`snapshot header too long: ${json}`);
  return frameLines([json.padEnd(HEADER_WIDTH, ' ')]); // JSON allows trailing whitespace
}

/** Collects framed lines and writes them in large sequential chunks. */
class BufferedLineWriter {
  private lines: string[] = [];
  private chars = 0;

  constructor(
    private readonly write: (bytes: Buffer, position: number) => Promise<void>,
    private position: number,
  ) {}

  async writeItems(items: Iterable<unknown> | AsyncIterable<unknown>): Promise<number> {
    let count = 0;
    // A plain loop for sync iterables, and no `await` unless a flush is due: `for await` and `await undefined`
    // each cost a microtask per item, which adds up over a million items.
    if (isSyncIterable(items)) {
      for (const item of items) {
        const flushing = this.add(itemJson(item, count++));
        if (flushing) await flushing;
      }
    } else {
      for await (const item of items) {
        const flushing = this.add(itemJson(item, count++));
        if (flushing) await flushing;
      }
    }
    return count;
  }

  /** Resolves at once unless the buffer is full; awaiting it is the back-pressure. */
  add(json: string): Promise<void> | undefined {
    this.lines.push(json);
    this.chars += json.length;
    return this.chars >= FLUSH_CHARS ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const bytes = frameLines(this.lines);
    this.lines = [];
    this.chars = 0;
    await this.write(bytes, this.position);
    this.position += bytes.length;
  }
}

function isSyncIterable<S>(items: Iterable<S> | AsyncIterable<S>): items is Iterable<S> {
  return typeof (items as Partial<Iterable<S>>)[Symbol.iterator] === 'function';
}

function itemJson(item: unknown, index: number): string {
  const json = JSON.stringify(item) as string | undefined;
  if (json === undefined) throw new TypeError(`snapshot item ${index} is not JSON-serialisable`);
  return json;
}

/**
 * Reads a whole snapshot checking every crc, the header and the footer, without parsing the items.
 * Done at open so that a damaged snapshot can still be skipped in favour of an older one, which is no
 * longer possible once its items are being streamed into the caller's state.
 */
export async function verifySnapshotFile(path: string, seq: number): Promise<VerifiedSnapshot | string> {
  if (path.endsWith('.bin')) {
    const image = await readBinarySnapshot(path, seq);
    return typeof image === 'string' ? image : { seq, path, count: 1, image };
  }
  const check = new SnapshotCheck(seq);
  for await (const lines of readLineBatches(path)) {
    for (const line of lines) {
      const problem = check.line(line);
      if (problem !== undefined) return problem;
    }
  }
  if (check.header === undefined) return 'empty file';
  if (!check.footerSeen) return `cut short: footer missing (header announces ${check.header.count} items)`;
  return { seq, path, count: check.header.count };
}

/** The line-by-line state of verifySnapshotFile: header first, then `count` items, then the footer, then nothing. */
class SnapshotCheck {
  header: SnapshotHeader | undefined;
  footerSeen = false;

  constructor(private readonly seq: number) {}

  /** What is wrong with this line, if anything. */
  line(line: Line): string | undefined {
    const where = `line ${line.lineNo} (byte offset ${line.offset})`;
    if (!line.terminated) return `${where} is cut short`;
    if (this.footerSeen) return `${where} follows the footer`;
    if (this.header === undefined) {
      const decoded = decodeFrame(line);
      if (!decoded.ok) return `header: ${decoded.reason}`;
      const header = headerProblem(decoded.value, this.seq);
      if (typeof header === 'string') return `header: ${header}`;
      this.header = header;
    } else if (line.lineNo === this.header.count + 2) {
      const decoded = decodeFrame(line);
      if (!decoded.ok || !isFooter(decoded.value, this.header.count)) return `${where}: expected a footer for ${this.header.count} items`;
      this.footerSeen = true;
    } else {
      const damage = checkFrame(line);
      if (damage !== undefined) return `${where}: ${damage}`;
    }
    return undefined;
  }
}

function headerProblem(value: unknown, seq: number): SnapshotHeader | string {
  const h = value as Partial<SnapshotHeader> | null;
  if (typeof h !== 'object' || h === null) return 'not an object';
  if (h.format !== SNAPSHOT_FORMAT) return `unknown format ${String(h.format)}`;
  if (h.seq !== seq) return `seq ${String(h.seq)} does not match the file name (${seq})`;
  if (!Number.isSafeInteger(h.count) || (h.count as number) < 0) return 'invalid count';
  return h as SnapshotHeader;
}

function isFooter(value: unknown, count: number): boolean {
  const footer = value as { footer?: unknown; count?: unknown } | null;
  return typeof footer === 'object' && footer !== null && footer.footer === true && footer.count === count;
}

/** Streams the items of a verified snapshot. Damage found now means the file changed after open. */
export async function* readSnapshotItems<S>(snapshot: VerifiedSnapshot): AsyncGenerator<S> {
  if (snapshot.path.endsWith('.bin')) {
    // Held from verification to here, then let go: the file's bytes are garbage once applied. Read again if iterated twice.
    const image = snapshot.image ?? (await readBinarySnapshot(snapshot.path, snapshot.seq));
    snapshot.image = undefined;
    if (typeof image === 'string') throw corruptionError(snapshot.path, 1, 0, `changed since it was opened: ${image}`, 'block');
    yield image as S;
    return;
  }
  const lastItemLine = snapshot.count + 1;
  let end = 0;
  for await (const lines of readLineBatches(snapshot.path)) {
    for (const line of lines) {
      end = line.offset + line.end - line.start + 1;
      if (line.lineNo === 1) continue;
      if (line.lineNo > lastItemLine) return;
      const decoded = decodeFrame(line);
      if (!decoded.ok) throw corruptionError(snapshot.path, line.lineNo, line.offset, decoded.reason);
      yield decoded.value as S;
    }
  }
  throw corruptionError(snapshot.path, lastItemLine, end, 'the file is shorter than when it was opened');
}
