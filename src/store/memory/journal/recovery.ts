// Opening a journal directory after any stop: the newest usable snapshot, validated segments, a torn last record dropped.
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { listDataFiles, type SeqFile } from '../files.js';
import { fsyncDir } from '../fsync.js';
import { readSnapshotItems, verifySnapshotFile, type VerifiedSnapshot } from '../snapshot-file.js';
import { ignore } from './ignore.js';
import { missingRecordsError } from './journal-errors.js';
import { readRecords } from './read-records.js';
import type { JournalRecord } from './record-codec.js';
import { scanSegments } from './segment-scan.js';
import { segmentAt, SegmentFiles, type Segment } from './segments.js';

/** What a reopened journal starts from. */
export interface JournalState {
  files: SegmentFiles;
  lastSeq: number;
  snapshotSeq: number;
  bytesSinceSnapshot: number;
  /** Snapshots skipped as cut short or damaged (each newer than the one recovered from): unusable, so never a fallback. */
  skippedSnapshots: string[];
}

/** What the caller replays to rebuild its state, and what recovery had to do to get there. */
export interface RecoveredContents<T, S> {
  /** The newest complete snapshot, its items streamed lazily from disk. */
  snapshot: { seq: number; items: AsyncIterable<S> } | null;
  /** Records after the snapshot, in order. Consume `snapshot.items` first, then these. */
  records: AsyncIterable<JournalRecord<T>>;
  /** What recovery repaired or skipped (a dropped torn record, an unusable snapshot), for the caller to log. */
  warnings: string[];
}

/**
 * Picks the newest complete snapshot, validates every journal segment that can hold later records,
 * drops a torn last record, and opens the newest segment for appending.
 */
export async function recover<T, S>(dir: string): Promise<{ state: JournalState; contents: RecoveredContents<T, S> }> {
  const warnings: string[] = [];
  const files = await listDataFiles(dir);
  // Drafts of snapshots interrupted by a crash: never renamed into place, so never part of the state.
  await Promise.all(files.temporaries.map((path) => unlink(path).catch(ignore)));
  const skippedSnapshots: string[] = [];
  const snapshot = await newestCompleteSnapshot(files.snapshots, warnings, skippedSnapshots);
  const snapshotSeq = snapshot?.seq ?? 0;
  const segments = files.segments.map((file) => ({ firstSeq: file.seq, path: file.path }));
  const replay = segmentsAfter(segments, snapshotSeq);
  const scan = await scanSegments(replay, snapshotSeq);
  if (scan.lastSeq < snapshotSeq) throw missingRecordsError(dir, scan.lastSeq, snapshotSeq);

  let handle: FileHandle;
  if (segments.length === 0) {
    const first = segmentAt(dir, snapshotSeq + 1);
    handle = await open(first.path, 'wx');
    await fsyncDir(dir);
    segments.push(first);
  } else {
    handle = await open(segments.at(-1)!.path, 'r+');
  }
  try {
    if (scan.tornTail) {
      await handle.truncate(scan.currentSize);
      await handle.datasync();
      const { path, lineNo, offset, reason } = scan.tornTail;
      warnings.push(
        `dropped a torn last record in ${path} at line ${lineNo} (byte offset ${offset}: ${reason}); ` +
          `it was never acknowledged, and the file was truncated to ${scan.currentSize} bytes`,
      );
    }
  } catch (error) {
    await handle.close();
    throw error;
  }

  const state: JournalState = {
    files: new SegmentFiles(dir, handle, segments, scan.currentSize),
    lastSeq: scan.lastSeq,
    snapshotSeq,
    bytesSinceSnapshot: scan.bytesAfterSnapshot,
    skippedSnapshots,
  };
  // Bounded to what was validated now, so records appended later are not replayed twice.
  const bounds = { afterSeq: snapshotSeq, throughSeq: scan.lastSeq, firstSeq: replay[0]?.firstSeq ?? 1 };
  const contents: RecoveredContents<T, S> = {
    snapshot: snapshot && { seq: snapshot.seq, items: { [Symbol.asyncIterator]: () => readSnapshotItems<S>(snapshot) } },
    records: { [Symbol.asyncIterator]: () => readRecords<T>(scan.extents, bounds) },
    warnings,
  };
  return { state, contents };
}

/** Tries snapshots newest first; one cut short or damaged is skipped with a warning, and its path added to `skipped`. */
async function newestCompleteSnapshot(snapshots: SeqFile[], warnings: string[], skipped: string[]): Promise<VerifiedSnapshot | null> {
  for (const file of [...snapshots].reverse()) {
    const verified = await verifySnapshotFile(file.path, file.seq);
    if (typeof verified !== 'string') return verified;
    skipped.push(file.path);
    warnings.push(`skipped snapshot ${file.path} (${verified}); recovering from an older snapshot or the full journal instead`);
  }
  return null;
}

/** The segments that can hold records after `seq`: from the last one starting at or before seq + 1. */
function segmentsAfter(segments: Segment[], seq: number): Segment[] {
  let start = 0;
  segments.forEach((segment, i) => {
    if (segment.firstSeq <= seq + 1) start = i;
  });
  return segments.slice(start);
}
