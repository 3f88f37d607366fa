// Streams records back out of the segments, re-checking each, for replay after recovery and for the audit history.
import { corruptionError, readLineBatches } from '../framing.js';
import { gapError, missingRecordsError } from './journal-errors.js';
import { decodeRecordLine, type JournalRecord } from './record-codec.js';
import type { SegmentExtent } from './segments.js';

/**
 * Streams and re-checks records with afterSeq < seq <= throughSeq; seqs must run on without a gap from
 * `firstSeq`. Anything wrong now means the files changed or decayed since they were written.
 */
export async function* readRecords<T>(
  extents: SegmentExtent[],
  bounds: { afterSeq: number; throughSeq: number; firstSeq: number },
): AsyncGenerator<JournalRecord<T>> {
  let expected = bounds.firstSeq;
  for (const extent of extents) {
    if (extent.firstSeq !== expected) throw gapError(extent.path, expected, extent.firstSeq);
    for await (const lines of readLineBatches(extent.path, extent.end)) {
      for (const line of lines) {
        const decoded = decodeRecordLine(extent.path, line, expected);
        if (!decoded.ok) throw corruptionError(extent.path, line.lineNo, line.offset, decoded.reason);
        expected++;
        if (decoded.record.seq > bounds.throughSeq) return;
        if (decoded.record.seq > bounds.afterSeq) yield decoded.record as JournalRecord<T>;
      }
    }
  }
  if (expected - 1 < bounds.throughSeq) throw missingRecordsError(extents.at(-1)?.path ?? '', expected - 1, bounds.throughSeq);
}
