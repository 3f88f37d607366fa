// Block framing of binary snapshots: writing crc-checked blocks in large sequential chunks, and splitting a
// whole file back into verified blocks.
import type { FileHandle } from 'node:fs/promises';
import { crc32 } from '../crc32.js';
import { writeFully } from '../fsync.js';
import { BLOCK_HEAD_BYTES, BlockKind, MAGIC } from './format.js';

/** Blocks are buffered up to about this many bytes per write. */
const FLUSH_BYTES = 8 << 20;

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

/** One block of a file read into memory: its payload (a view of the file's buffer) and where it starts. */
export interface Block {
  payload: Buffer;
  offset: number;
}

/** Whether a file starts like a binary snapshot. */
export function hasMagic(file: Buffer): boolean {
  return file.length >= MAGIC.length && file.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Splits a whole file into blocks, checking each length and crc; returns what is wrong instead, if anything. */
export function splitBlocks(file: Buffer): Block[] | string {
  if (!hasMagic(file)) return 'not a binary snapshot (magic bytes missing)';
  const blocks: Block[] = [];
  let pos = MAGIC.length;
  while (pos < file.length) {
    if (pos + BLOCK_HEAD_BYTES > file.length) return `cut short in the block at byte offset ${pos}`;
    const length = file.readUInt32LE(pos);
    const expected = file.readUInt32LE(pos + 4);
    const start = pos + BLOCK_HEAD_BYTES;
    if (length === 0 || start + length > file.length) return `cut short in the block at byte offset ${pos}`;
    const payload = file.subarray(start, start + length);
    if (crc32(payload) !== expected) return `crc mismatch in the block at byte offset ${pos}`;
    blocks.push({ payload, offset: pos });
    pos = start + length;
  }
  return blocks;
}
