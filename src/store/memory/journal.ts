// Durable append-only journal of the in-memory store: group-committed records, streamed snapshots, crash recovery, directory lock.

import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { DirLock } from './dir-lock.js';
import { listDataFiles, seqFileName, type SeqFile } from './files.js';
import { corruptionError, decodeFrame, frameLines, readLineBatches, type Line } from './framing.js';
import { fsyncDir, writeFully } from './fsync.js';
import { readSnapshotItems, verifySnapshotFile, writeSnapshotFile, type VerifiedSnapshot } from './snapshot-file.js';

export interface JournalRecord<T = unknown> {
  seq: number;
  /** ISO time of the commit. */
  at: string;
  payload: T;
}

export interface OpenedJournal<T, S> {
  journal: Journal<T, S>;
  /** The newest complete snapshot, its items streamed lazily from disk. */
  snapshot: { seq: number; items: AsyncIterable<S> } | null;
  /** Records after the snapshot, in order. Consume `snapshot.items` first, then these. */
  records: AsyncIterable<JournalRecord<T>>;
  /** What recovery repaired or skipped (a dropped torn record, an unusable snapshot), for the caller to log. */
  warnings: string[];
}

/** Snapshot files kept after a new one is written; older ones are deleted. Journal segments are never deleted. */
const SNAPSHOTS_KEPT = 2;

/** A journal segment, named by the seq of its first record. */
interface Segment {
  firstSeq: number;
  path: string;
}

/** A segment and how many of its bytes to read: those acknowledged when a reader was created. */
interface SegmentExtent extends Segment {
  end: number;
}

interface PendingAppend<T> {
  payloads: T[];
  /** Serialised when append() is called: the record holds the payload as it was then, whatever the caller mutates later. */
  payloadJsons: string[];
  /** ISO time given by the caller; otherwise the commit's. */
  at: string | undefined;
  resolve: (records: JournalRecord<T>[]) => void;
  reject: (error: unknown) => void;
}

interface JournalState {
  dir: string;
  lock: DirLock;
  handle: FileHandle;
  segments: Segment[];
  currentSize: number;
  lastSeq: number;
  snapshotSeq: number;
  bytesSinceSnapshot: number;
}

export class Journal<T, S> {
  private readonly dir: string;
  private readonly lock: DirLock;
  /** Open handle on the newest segment, where appends go. */
  private handle: FileHandle;
  /** Every segment in the directory, ascending; the last one is the current segment. */
  private readonly segments: Segment[];
  /** Acknowledged (written and synced) bytes of the current segment: the next write's position. */
  private currentSize: number;
  private committedSeq: number;
  private snapshotSeq: number;
  /** Appended batches not yet covered by a snapshot, so a snapshot can subtract the ones it covers. */
  private batchesSinceSnapshot: Array<{ lastSeq: number; bytes: number }>;
  private bytesSince: number;
  private pending: Array<PendingAppend<T>> = [];
  private commitQueued = false;
  /** Serialises everything that touches the current segment: commits and segment rotation. */
  private writeQueue: Promise<void> = Promise.resolve();
  private snapshotQueue: Promise<void> = Promise.resolve();
  /** Set when a write or sync failed: the file's tail is unknown, so only a reopen (with recovery) may continue. */
  private failure: Error | undefined;
  private closed = false;

  private constructor(state: JournalState) {
    this.dir = state.dir;
    this.lock = state.lock;
    this.handle = state.handle;
    this.segments = state.segments;
    this.currentSize = state.currentSize;
    this.committedSeq = state.lastSeq;
    this.snapshotSeq = state.snapshotSeq;
    this.batchesSinceSnapshot = [{ lastSeq: state.lastSeq, bytes: state.bytesSinceSnapshot }];
    this.bytesSince = state.bytesSinceSnapshot;
  }

  /** Opens (creating if needed) and recovers the journal in `dir`, holding its lock until close(). */
  static async open<T, S>(dir: string): Promise<OpenedJournal<T, S>> {
    await mkdir(dir, { recursive: true });
    const lock = await DirLock.acquire(dir);
    try {
      return await recover<T, S>(dir, lock, (state) => new Journal<T, S>(state));
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The seq of the last acknowledged record (0 when the journal is empty). */
  get lastSeq(): number {
    return this.committedSeq;
  }

  recordsSinceSnapshot(): number {
    return this.committedSeq - this.snapshotSeq;
  }

  bytesSinceSnapshot(): number {
    return this.bytesSince;
  }

  /**
   * Appends the payloads as consecutive records and resolves once they are on disk. Calls that arrive
   * while a commit is in flight are queued and committed together: one write and one fdatasync per group.
   */
  append(payloads: T[], at?: Date): Promise<Array<JournalRecord<T>>> {
    const unusable = this.unusableError();
    if (unusable) return Promise.reject(unusable);
    if (payloads.length === 0) return Promise.resolve([]);
    let payloadJsons: string[];
    try {
      if (at && Number.isNaN(at.getTime())) throw new RangeError('append: `at` is an invalid date');
      payloadJsons = payloads.map(payloadJson);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ payloads, payloadJsons, at: at?.toISOString(), resolve, reject });
      if (!this.commitQueued) {
        this.commitQueued = true;
        void this.serially(() => this.commitPending());
      }
    });
  }

  /**
   * Writes a snapshot of the state as of `seq` (streamed, atomic), then starts a new segment and deletes
   * snapshots older than the two newest. Appends keep flowing while the items are written.
   */
  writeSnapshot(seq: number, items: Iterable<S> | AsyncIterable<S>): Promise<void> {
    const unusable = this.unusableError();
    if (unusable) return Promise.reject(unusable);
    const run = this.snapshotQueue.then(() => this.snapshotNow(seq, items));
    this.snapshotQueue = run.then(ignore, ignore);
    return run;
  }

  /** Every record ever written, across all segments: the audit history. Reads what was acknowledged when iteration starts. */
  async *readAll(): AsyncGenerator<JournalRecord<T>> {
    const extents = this.extents();
    yield* readRecords<T>(extents, { afterSeq: 0, throughSeq: this.committedSeq, firstSeq: 1 });
  }

  /** Waits for queued appends and snapshots, then closes the segment and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await settle(() => this.snapshotQueue);
    await settle(() => this.writeQueue);
    try {
      await this.handle.close();
    } finally {
      await this.lock.release();
    }
  }

  private async snapshotNow(seq: number, items: Iterable<S> | AsyncIterable<S>): Promise<void> {
    if (!Number.isSafeInteger(seq) || seq < this.snapshotSeq || seq > this.committedSeq) {
      throw new RangeError(
        `snapshot seq ${seq} must lie between the previous snapshot (${this.snapshotSeq}) and the last acknowledged record (${this.committedSeq})`,
      );
    }
    await writeSnapshotFile(join(this.dir, seqFileName('snapshot', seq)), seq, items, new Date());
    await this.serially(() => this.startNewSegment());
    this.snapshotSeq = seq;
    // A batch straddling `seq` stays counted whole: the figure only has to be good enough to schedule snapshots.
    this.batchesSinceSnapshot = this.batchesSinceSnapshot.filter((batch) => batch.lastSeq > seq);
    this.bytesSince = this.batchesSinceSnapshot.reduce((sum, batch) => sum + batch.bytes, 0);
    await this.deleteOldSnapshots();
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const run = this.writeQueue.then(task);
    this.writeQueue = run.then(ignore, ignore);
    return run;
  }

  /** Commits every queued append with one write and one fdatasync. Never rejects: each caller gets its outcome. */
  private async commitPending(): Promise<void> {
    this.commitQueued = false;
    const group = this.pending.splice(0);
    if (this.failure) {
      for (const call of group) call.reject(this.unusableError());
      return;
    }
    const { recordsPerCall, jsonTexts, lastSeq } = this.number(group);
    const bytes = frameLines(jsonTexts);
    try {
      await writeFully(this.handle, bytes, this.currentSize);
      await this.handle.datasync();
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      // Best effort: cut off the unacknowledged bytes so the rejected records do not reappear on reopen.
      await this.handle.truncate(this.currentSize).catch(ignore);
      for (const call of group) call.reject(this.unusableError());
      return;
    }
    this.currentSize += bytes.length;
    this.committedSeq = lastSeq;
    this.batchesSinceSnapshot.push({ lastSeq, bytes: bytes.length });
    this.bytesSince += bytes.length;
    group.forEach((call, i) => call.resolve(recordsPerCall[i]!));
  }

  /** Gives the group's records their seqs, in call order, and their JSON lines. */
  private number(group: Array<PendingAppend<T>>) {
    const commitTime = new Date().toISOString();
    const jsonTexts: string[] = [];
    let seq = this.committedSeq;
    const recordsPerCall = group.map((call) => {
      const at = call.at ?? commitTime;
      return call.payloads.map((payload, i) => {
        const record = { seq: ++seq, at, payload };
        jsonTexts.push(recordJson(record.seq, at, call.payloadJsons[i]!));
        return record;
      });
    });
    return { recordsPerCall, jsonTexts, lastSeq: seq };
  }

  /** Switches appends to a new segment starting after the last acknowledged record (runs inside the write queue). */
  private async startNewSegment(): Promise<void> {
    if (this.failure) throw this.unusableError();
    const firstSeq = this.committedSeq + 1;
    const current = this.segments.at(-1);
    if (current?.firstSeq === firstSeq) return; // the current segment is empty and already starts there
    const segment = { firstSeq, path: join(this.dir, seqFileName('journal', firstSeq)) };
    const handle = await open(segment.path, 'wx');
    try {
      await fsyncDir(this.dir);
    } catch (error) {
      // Appends stay on the old segment, so the new file must not survive: it would read as a gap later.
      await handle.close();
      await unlink(segment.path);
      throw error;
    }
    const previous = this.handle;
    this.handle = handle;
    this.segments.push(segment);
    this.currentSize = 0;
    await previous.close();
  }

  private async deleteOldSnapshots(): Promise<void> {
    const { snapshots } = await listDataFiles(this.dir);
    const old = snapshots.slice(0, Math.max(0, snapshots.length - SNAPSHOTS_KEPT));
    await Promise.all(old.map((file) => unlink(file.path).catch(ignore)));
  }

  /** The segments with the bytes acknowledged right now; older segments are complete. */
  private extents(): SegmentExtent[] {
    const last = this.segments.length - 1;
    return this.segments.map((segment, i) => ({ ...segment, end: i === last ? this.currentSize : Number.POSITIVE_INFINITY }));
  }

  private unusableError(): DomainError | undefined {
    if (this.closed) return new DomainError(ErrorCode.StoreUnavailable, `the journal in ${this.dir} is closed`);
    if (this.failure) {
      return new DomainError(
        ErrorCode.StoreUnavailable,
        `a write to the journal in ${this.dir} failed (${this.failure.message}); reopen the store to recover`,
      );
    }
    return undefined;
  }
}

// ---------------------------------------------------------------- recovery

/**
 * Picks the newest complete snapshot, validates every journal segment that can hold later records,
 * drops a torn last record, and opens the newest segment for appending.
 */
async function recover<T, S>(
  dir: string,
  lock: DirLock,
  create: (state: JournalState) => Journal<T, S>,
): Promise<OpenedJournal<T, S>> {
  const warnings: string[] = [];
  const files = await listDataFiles(dir);
  // Drafts of snapshots interrupted by a crash: never renamed into place, so never part of the state.
  await Promise.all(files.temporaries.map((path) => unlink(path).catch(ignore)));
  const snapshot = await newestCompleteSnapshot(files.snapshots, warnings);
  const snapshotSeq = snapshot?.seq ?? 0;
  const segments = files.segments.map((file) => ({ firstSeq: file.seq, path: file.path }));
  const replay = segmentsAfter(segments, snapshotSeq);
  const scan = await scanSegments(replay, snapshotSeq);
  if (scan.lastSeq < snapshotSeq) throw missingRecordsError(dir, scan.lastSeq, snapshotSeq);

  let handle: FileHandle;
  if (segments.length === 0) {
    const first = { firstSeq: snapshotSeq + 1, path: join(dir, seqFileName('journal', snapshotSeq + 1)) };
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

  const journal = create({
    dir,
    lock,
    handle,
    segments,
    currentSize: scan.currentSize,
    lastSeq: scan.lastSeq,
    snapshotSeq,
    bytesSinceSnapshot: scan.bytesAfterSnapshot,
  });
  // Bounded to what was validated now, so records appended later are not replayed twice.
  const bounds = { afterSeq: snapshotSeq, throughSeq: scan.lastSeq, firstSeq: replay[0]?.firstSeq ?? 1 };
  return {
    journal,
    snapshot: snapshot && { seq: snapshot.seq, items: { [Symbol.asyncIterator]: () => readSnapshotItems<S>(snapshot) } },
    records: { [Symbol.asyncIterator]: () => readRecords<T>(scan.extents, bounds) },
    warnings,
  };
}

/** Tries snapshots newest first; one cut short or damaged is skipped with a warning. */
async function newestCompleteSnapshot(snapshots: SeqFile[], warnings: string[]): Promise<VerifiedSnapshot | null> {
  for (const file of [...snapshots].reverse()) {
    const verified = await verifySnapshotFile(file.path, file.seq);
    if (typeof verified !== 'string') return verified;
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

interface TornTail {
  path: string;
  lineNo: number;
  offset: number;
  reason: string;
}

interface RecoveryScan {
  lastSeq: number;
  /** Size of the newest segment after dropping a torn tail. */
  currentSize: number;
  bytesAfterSnapshot: number;
  extents: SegmentExtent[];
  tornTail: TornTail | undefined;
}

/** Reads the segments to replay end to end, so damage stops the open instead of surfacing mid-replay. */
async function scanSegments(replay: Segment[], snapshotSeq: number): Promise<RecoveryScan> {
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

// ---------------------------------------------------------------- reading records

/**
 * Streams and re-checks records with afterSeq < seq <= throughSeq; seqs must run on without a gap from
 * `firstSeq`. Anything wrong now means the files changed or decayed since they were written.
 */
async function* readRecords<T>(
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

type DecodedRecord = { ok: true; record: JournalRecord } | { ok: false; reason: string };

/**
 * Decodes a journal line. A line cut short, with a bad crc or unparsable JSON is reported (it may be a torn
 * write); a well-formed line that is not the expected record throws at once, as no crash produces that.
 */
function decodeRecordLine(path: string, line: Line, expectedSeq: number): DecodedRecord {
  if (!line.terminated) return { ok: false, reason: 'no trailing newline (write cut short)' };
  const decoded = decodeFrame(line);
  if (!decoded.ok) return decoded;
  const record = decoded.value as Partial<JournalRecord> | null;
  if (typeof record !== 'object' || record === null || typeof record.at !== 'string' || !('payload' in record)) {
    throw corruptionError(path, line.lineNo, line.offset, 'not a journal record');
  }
  if (record.seq !== expectedSeq) {
    throw corruptionError(path, line.lineNo, line.offset, `seq ${String(record.seq)} where ${expectedSeq} was expected (records are missing)`);
  }
  return { ok: true, record: record as JournalRecord };
}

/** Fails loudly for a payload JSON cannot represent (undefined, a function), which JSON.stringify would silently drop. */
function payloadJson(payload: unknown, index: number): string {
  const json = JSON.stringify(payload) as string | undefined;
  if (json === undefined) throw new TypeError(`journal payload ${index} is not JSON-serialisable`);
  return json;
}

/** The record's JSON, assembled around the already serialised payload. */
function recordJson(seq: number, at: string, payloadJson: string): string {
  return `{"seq":${seq},"at":"${at}","payload":${payloadJson}}`;
}

function gapError(path: string, expectedSeq: number, firstSeq: number): DomainError {
  return new DomainError(
    ErrorCode.StoreCorrupt,
    `journal segment ${path} starts at seq ${firstSeq}, but seq ${expectedSeq} was expected: ` +
      (firstSeq > expectedSeq ? `records ${expectedSeq}..${firstSeq - 1} are missing. ` : 'it overlaps the previous segment. ') +
      'Restore the data directory from a backup.',
    [],
    { file: path, expectedSeq, firstSeq },
  );
}

function missingRecordsError(where: string, lastSeq: number, neededSeq: number): DomainError {
  return new DomainError(
    ErrorCode.StoreCorrupt,
    `the journal in ${where} ends at seq ${lastSeq}, but records up to seq ${neededSeq} must exist (a snapshot or an earlier read covers them): ` +
      'journal files are missing or were shortened. Restore the data directory from a backup.',
    [],
    { where, lastSeq, neededSeq },
  );
}

/** Waits until a queue that may grow while waited on has gone quiet. */
async function settle(queue: () => Promise<void>): Promise<void> {
  for (let tail = queue(); ; tail = queue()) {
    await tail;
    if (tail === queue()) return;
  }
}

function ignore(): void {}
