// Block framing of binary snapshots: writing crc-checked blocks in large sequential chunks, and splitting a
// whole file back into verified blocks.
import { open, type FileHandle } from 'node:fs/promises';
import { crc32 } from '../crc32.js';
import { writeFully } from '../fsync.js';
import { BLOCK_HEAD_BYTES, BlockKind, MAGIC } from './format.js';

/** Blocks are buffered up to about this many bytes per write. */
const FLUSH_BYTES = 8 << 20;
/** A block read overlaps the previous block's crc check only up to this size (the writer's blocks are a few MB). */
const OVERLAP_BYTES = 16 << 20;

export class BlockWriter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private position = 0;
  /** Blocks written after the header, for the footer. */
  bodyBlocks = 0;

  constructor(private readonly handle: FileHandle) {
    this.pending.push(MAGIC);
    this.pendingBytes = MAGIC.length;
  }

  /** Queues one block; resolves once it is buffered or written (awaiting it is the back-pressure). */
  async add(payload: Buffer): Promise<void> {
    const head = Buffer.allocUnsafe(BLOCK_HEAD_BYTES);
    head.writeUInt32LE(payload.length, 0);
    head.writeUInt32LE(crc32(payload), 4);
    this.pending.push(head, payload);
    this.pendingBytes += BLOCK_HEAD_BYTES + payload.length;
    if (payload[0] !== BlockKind.Header && payload[0] !== BlockKind.Footer) this.bodyBlocks++;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await writeFully(this.handle, bytes, this.position);
    this.position += bytes.length;
  }
}

/** One block of a file read into memory: its payload and where its head starts in the file. */
export interface Block {
  payload: Buffer;
  offset: number;
}

/**
 * Reads a whole file block by block, checking each length and crc; returns what is wrong instead, if
 * anything. Each payload is a buffer of its own, so the file may be larger than one buffer can be.
 */
export async function readBlocks(path: string): Promise<Block[] | string> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const magic = await readExactly(handle, 0, Math.min(size, MAGIC.length));
    if (!magic.equals(MAGIC)) return 'not a binary snapshot (magic bytes missing)';
    const blocks: Block[] = [];
    /** Each block's crc is checked while the next one is read: the disk (or page cache) and the crc overlap. */
    let unchecked: { block: Block; crc: number } | undefined;
    const damaged = (): string | undefined =>
      unchecked && crc32(unchecked.block.payload) !== unchecked.crc ? `crc mismatch in the block at byte offset ${unchecked.block.offset}` : undefined;
    for (let pos = MAGIC.length; pos < size; ) {
      const start = pos + BLOCK_HEAD_BYTES;
      if (start > size) return damaged() ?? `cut short in the block at byte offset ${pos}`;
      const head = await readExactly(handle, pos, BLOCK_HEAD_BYTES);
      const length = head.readUInt32LE(0);
      // Checked before allocating: a damaged length must not ask for gigabytes.
      if (length === 0 || start + length > size) return damaged() ?? `cut short in the block at byte offset ${pos}`;
      // A block head is not under a crc: a damaged length in the previous block makes this head garbage, so a
      // read bigger than the writer's blocks starts only once the previous crc has been checked.
      const reading = length <= OVERLAP_BYTES ? readPayload(handle, start, length) : undefined;
      const previous = damaged();
      if (previous) {
        await reading?.catch(() => undefined); // the handle is closed below: nothing may still be reading it
        return previous;
      }
      const block = { payload: await (reading ?? readPayload(handle, start, length)), offset: pos };
      unchecked = { block, crc: head.readUInt32LE(4) };
      blocks.push(block);
      pos = start + length;
    }
    return damaged() ?? blocks;
  } finally {
    await handle.close();
  }
}

/**
 * A payload in a buffer of its own, placed 3 bytes in: after its kind byte, its u32 columns then start on a
 * 4-byte boundary of the buffer, so the reader can view them where they lie instead of copying them out.
 */
async function readPayload(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const room = Buffer.allocUnsafeSlow(length + 3);
  await readInto(handle, room.subarray(3), position);
  return room.subarray(3);
}

async function readExactly(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const out = Buffer.allocUnsafe(length);
  await readInto(handle, out, position);
  return out;
}

async function readInto(handle: FileHandle, out: Buffer, position: number): Promise<void> {
  const length = out.length;
  for (let done = 0; done < length; ) {
    const { bytesRead } = await handle.read(out, done, length - done, position + done);
    if (bytesRead === 0) throw new Error(`the file ended while reading ${length} bytes at ${position}`);
    done += bytesRead;
  }
}
