// Validates the segments recovery will replay, end to end, and finds a torn last record to drop.
import { corruptionError, readLineBatches } from '../framing.js';
import { gapError } from './journal-errors.js';
import { decodeRecordLine } from './record-codec.js';
import type { Segment, SegmentExtent } from './segments.js';

export interface TornTail {
  path: string;
  lineNo: number;
  offset: number;
  reason: string;
}

export interface RecoveryScan {
  lastSeq: number;
  /** Size of the newest segment after dropping a torn tail. */
  currentSize: number;
  bytesAfterSnapshot: number;
  extents: SegmentExtent[];
  tornTail: TornTail | undefined;
}

/** Reads the segments to replay end to end, so damage stops the open instead of surfacing mid-replay. */
export async function scanSegments(replay: Segment[], snapshotSeq: number): Promise<RecoveryScan> {
  const first = replay[0];
  if (first && first.firstSeq > snapshotSeq + 1) throw gapError(first.path, snapshotSeq + 1, first.firstSeq);
  const result: RecoveryScan = { lastSeq: 0, currentSize: 0, bytesAfterSnapshot: 0, extents: [], tornTail: undefined };
  let expected = first?.firstSeq ?? 1;
  for (const [i, segment] of replay.entries()) {
    if (segment.firstSeq !== expected) throw gapError(segment.path, expected, segment.firstSeq);
    const isNewest = i === replay.length - 1;
    const scan = await scanSegment(segment, snapshotSeq);
    if (scan.damage && !isNewest) throw corruptionError(segment.path, scan.damage.lineNo, scan.damage.offset, scan.damage.reason);
    expected = scan.nextSeq;
    result.bytesAfterSnapshot += scan.bytesAfterSnapshot;
    result.extents.push({ ...segment, end: scan.end });
    result.currentSize = scan.end;
    result.tornTail = scan.damage;
  }
  result.lastSeq = expected - 1;
  return result;
}

interface SegmentScan {
  nextSeq: number;
  /** End of the last good record. */
  end: number;
  bytesAfterSnapshot: number;
  /** A bad last line: a torn write if this is the newest segment. */
  damage: TornTail | undefined;
}

async function scanSegment(segment: Segment, snapshotSeq: number): Promise<SegmentScan> {
  const scan: SegmentScan = { nextSeq: segment.firstSeq, end: 0, bytesAfterSnapshot: 0, damage: undefined };
  for await (const lines of readLineBatches(segment.path)) {
    for (const line of lines) {
      // A bad line with anything after it is not a write cut short by a crash: refuse to guess.
      if (scan.damage) throw corruptionError(segment.path, scan.damage.lineNo, scan.damage.offset, scan.damage.reason);
      const decoded = decodeRecordLine(segment.path, line, scan.nextSeq);
      if (!decoded.ok) {
        scan.damage = { path: segment.path, lineNo: line.lineNo, offset: line.offset, reason: decoded.reason };
        continue;
      }
      const length = line.end - line.start + 1;
      if (decoded.record.seq > snapshotSeq) scan.bytesAfterSnapshot += length;
      scan.nextSeq++;
      scan.end = line.offset + length;
    }
  }
  return scan;
}
