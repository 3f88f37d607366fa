// What the memory store hands the journal to snapshot: its state as change sets (the JSON-lines format, used
// where the binary one cannot be) that can also write itself as binary blocks.
import type { ChangeSet } from '../../port.js';
import type { GraphState } from '../state.js';
import { isBinaryImage, WRITE_BLOCKS, type BinarySnapshotImage, type BinarySnapshotSource } from './binary-file.js';
import { loadBinarySnapshot } from './state-loader.js';
import { writeStateBlocks } from './state-writer.js';

/** A snapshot item as the store reads it back: a change set (format 1) or the whole binary image (formats 2 and 3). */
export type SnapshotItem = ChangeSet | BinarySnapshotImage;

export function snapshotSource(state: GraphState): Iterable<SnapshotItem> & BinarySnapshotSource {
  return {
    [Symbol.iterator]: () => state.asChangeSets(),
    [WRITE_BLOCKS]: (out) => writeStateBlocks(state, out),
  };
}

/** Applies one snapshot item to a state being rebuilt. */
export function applySnapshotItem(state: GraphState, item: SnapshotItem): void {
  if (isBinaryImage(item)) loadBinarySnapshot(item, state);
  else state.apply(item);
}
