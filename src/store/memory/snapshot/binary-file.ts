// Binary snapshot files (format 3; format 2 still reads): writing the blocks of a source, and reading a whole
// file back into verified blocks (every crc, the header, the footer) before anything is applied.
import { readBlocks, BlockWriter, type Block } from './blocks.js';
import { BINARY_SNAPSHOT_FORMAT, BlockKind, LITTLE_ENDIAN, READABLE_BINARY_FORMATS, type SnapshotFooterV2, type SnapshotHeaderV2 } from './format.js';
import { payload } from './payload.js';
import type { FileHandle } from 'node:fs/promises';

/** Something that can write itself as snapshot blocks: the memory store's state. */
export const WRITE_BLOCKS = Symbol('writeSnapshotBlocks');
export interface BinarySnapshotSource {
  [WRITE_BLOCKS](out: BlockWriter): Promise<Omit<SnapshotFooterV2, 'footer' | 'blocks'>>;
}

export function isBinarySource(items: unknown): items is BinarySnapshotSource {
  return typeof items === 'object' && items !== null && typeof (items as Partial<BinarySnapshotSource>)[WRITE_BLOCKS] === 'function';
}

/** A verified binary snapshot, held in memory until it is applied: what its only snapshot item is. */
export interface BinarySnapshotImage {
  readonly binarySnapshot: true;
  path: string;
  header: SnapshotHeaderV2;
  footer: SnapshotFooterV2;
  /** The blocks between header and footer. */
  body: Block[];
}

export function isBinaryImage(item: unknown): item is BinarySnapshotImage {
  return typeof item === 'object' && item !== null && (item as Partial<BinarySnapshotImage>).binarySnapshot === true;
}

/** A block whose payload is one JSON text: header, footer, and the state's small record kinds. */
export const jsonBlock = (kind: BlockKind, value: unknown): Buffer => payload(kind, [Buffer.from(JSON.stringify(value), 'utf8')]);

/** Writes header, the source's blocks and footer to an open (temp) file; returns the number of body blocks. */
export async function writeBinaryBlocks(handle: FileHandle, seq: number, source: BinarySnapshotSource, createdAt: Date): Promise<number> {
  const out = new BlockWriter(handle);
  const header: SnapshotHeaderV2 = { format: BINARY_SNAPSHOT_FORMAT, seq, createdAt: createdAt.toISOString() };
  await out.add(jsonBlock(BlockKind.Header, header));
  const counts = await source[WRITE_BLOCKS](out);
  const footer: SnapshotFooterV2 = { footer: true, blocks: out.bodyBlocks, ...counts };
  await out.add(jsonBlock(BlockKind.Footer, footer));
  await out.flush();
  return footer.blocks;
}

/** Reads and checks a whole binary snapshot; a string says what is wrong with it. */
export async function readBinarySnapshot(path: string, seq: number): Promise<BinarySnapshotImage | string> {
  if (!LITTLE_ENDIAN) return 'a binary snapshot can only be read on a little-endian machine';
  const blocks = await readBlocks(path);
  if (typeof blocks === 'string') return blocks;
  const first = blocks[0];
  const last = blocks.at(-1);
  if (!first || first.payload[0] !== BlockKind.Header) return 'header missing';
  const header = jsonOf(first) as Partial<SnapshotHeaderV2> | undefined;
  if (!header || !READABLE_BINARY_FORMATS.includes(header.format as number)) return `header: unknown format ${String(header?.format)}`;
  if (header.seq !== seq) return `header: seq ${String(header.seq)} does not match the file name (${seq})`;
  if (blocks.length < 2 || last!.payload[0] !== BlockKind.Footer) return 'cut short: footer missing';
  const footer = jsonOf(last!) as Partial<SnapshotFooterV2> | undefined;
  const body = blocks.slice(1, -1);
  if (footer?.footer !== true || footer.blocks !== body.length) return `footer does not match the ${body.length} blocks before it`;
  if (typeof footer.indexes !== 'boolean' || !Number.isSafeInteger(footer.claims) || !Number.isSafeInteger(footer.history)) return 'footer: invalid counts';
  if (body.some((block) => block.payload[0] === BlockKind.Header || block.payload[0] === BlockKind.Footer)) return 'a header or footer inside the body';
  return { binarySnapshot: true, path, header: header as SnapshotHeaderV2, footer: footer as SnapshotFooterV2, body };
}

function jsonOf(block: Block): unknown {
  try {
    return JSON.parse(block.payload.toString('utf8', 1));
  } catch {
    return undefined;
  }
}

