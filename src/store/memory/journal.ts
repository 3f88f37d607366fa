// Durable append-only journal of the in-memory store: group-committed records, streamed snapshots, crash recovery, directory lock.
// The Journal coordinates; the files under ./journal/ do the work (segments, recovery, record encoding, queues).

import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { DirLock } from './dir-lock.js';
import { listDataFiles } from './files.js';
import { frameLineParts } from './framing.js';
import { numberGroup, type PendingAppend } from './journal/group-commit.js';
import { ignore } from './journal/ignore.js';
import { readRecords } from './journal/read-records.js';
import { payloadBytes, type JournalRecord } from './journal/record-codec.js';
import { recover, type JournalState, type RecoveredContents } from './journal/recovery.js';
import type { SegmentFiles } from './journal/segments.js';
import { SerialQueue } from './journal/serial-queue.js';
import { SnapshotBacklog } from './journal/snapshot-backlog.js';
import { snapshotFileName, writeSnapshotFile } from './snapshot-file.js';

export type { JournalRecord } from './journal/record-codec.js';

export interface OpenedJournal<T, S> extends RecoveredContents<T, S> {
  journal: Journal<T, S>;
}

/** Snapshot files kept after a new one is written; older ones are deleted. Journal segments are never deleted. */
const SNAPSHOTS_KEPT = 2;

export class Journal<T, S> {
  private readonly files: SegmentFiles;
  private committedSeq: number;
  private snapshotSeq: number;
  private readonly backlog: SnapshotBacklog;
  /** Snapshots recovery skipped as damaged: deleted once a new snapshot supersedes them, never kept as a fallback. */
  private skippedSnapshots: readonly string[];
  private pending: Array<PendingAppend<T>> = [];
  private commitQueued = false;
  /** Serialises everything that touches the current segment: commits and segment rotation. */
  private readonly writeQueue = new SerialQueue();
  private readonly snapshotQueue = new SerialQueue();
  /** Set when a write or sync failed: the file's tail is unknown, so only a reopen (with recovery) may continue. */
  private failure: Error | undefined;
  private closed = false;

  private constructor(
    private readonly dir: string,
    private readonly lock: DirLock,
    state: JournalState,
  ) {
    this.files = state.files;
    this.committedSeq = state.lastSeq;
    this.snapshotSeq = state.snapshotSeq;
    this.backlog = new SnapshotBacklog(state.lastSeq, state.bytesSinceSnapshot);
    this.skippedSnapshots = state.skippedSnapshots;
  }

  /** Opens (creating if needed) and recovers the journal in `dir`, holding its lock until close(). */
  static async open<T, S>(dir: string): Promise<OpenedJournal<T, S>> {
    await mkdir(dir, { recursive: true });
    const lock = await DirLock.acquire(dir);
    try {
      const { state, contents } = await recover<T, S>(dir);
      return { journal: new Journal<T, S>(dir, lock, state), ...contents };
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
    return this.backlog.bytes;
  }

  /** Whether the open skipped a damaged snapshot that no snapshot written since has replaced. */
  hasSkippedSnapshot(): boolean {
    return this.skippedSnapshots.length > 0;
  }

  /**
   * Appends the payloads as consecutive records and resolves once they are on disk. Calls that arrive
   * while a commit is in flight are queued and committed together: one write and one fdatasync per group.
   */
  append(payloads: T[], at?: Date): Promise<Array<JournalRecord<T>>> {
    const unusable = this.unusableError();
    if (unusable) return Promise.reject(unusable);
    if (payloads.length === 0) return Promise.resolve([]);
    let encoded: Buffer[];
    try {
      if (at && Number.isNaN(at.getTime())) throw new RangeError('append: `at` is an invalid date');
      encoded = payloads.map(payloadBytes);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ payloads, payloadBytes: encoded, at: at?.toISOString(), resolve, reject });
      if (!this.commitQueued) {
        this.commitQueued = true;
        void this.writeQueue.run(() => this.commitPending());
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
    return this.snapshotQueue.run(() => this.snapshotNow(seq, items));
  }

  /** Every record ever written, across all segments: the audit history. Reads what was acknowledged when iteration starts. */
  async *readAll(): AsyncGenerator<JournalRecord<T>> {
    const extents = this.files.extents();
    yield* readRecords<T>(extents, { afterSeq: 0, throughSeq: this.committedSeq, firstSeq: 1 });
  }

  /** Waits for queued appends and snapshots, then closes the segment and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.snapshotQueue.settle();
    await this.writeQueue.settle();
    try {
      await this.files.close();
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
    const path = join(this.dir, snapshotFileName(seq, items));
    await writeSnapshotFile(path, seq, items, new Date());
    await this.writeQueue.run(() => this.startNewSegment());
    this.snapshotSeq = seq;
    this.backlog.coveredThrough(seq);
    await this.deleteOldSnapshots(path);
  }

  /** Commits every queued append with one write and one fdatasync. Never rejects: each caller gets its outcome. */
  private async commitPending(): Promise<void> {
    this.commitQueued = false;
    const group = this.pending.splice(0);
    if (this.failure) {
      for (const call of group) call.reject(this.unusableError());
      return;
    }
    const { recordsPerCall, lines, lastSeq } = numberGroup(group, this.committedSeq);
    const bytes = frameLineParts(lines);
    try {
      await this.files.append(bytes);
    } catch (error) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      await this.files.dropUnacknowledged();
      for (const call of group) call.reject(this.unusableError());
      return;
    }
    this.committedSeq = lastSeq;
    this.backlog.added(lastSeq, bytes.length);
    group.forEach((call, i) => call.resolve(recordsPerCall[i]!));
  }

  /** Switches appends to a new segment starting after the last acknowledged record (runs inside the write queue). */
  private async startNewSegment(): Promise<void> {
    if (this.failure) throw this.unusableError();
    await this.files.startAt(this.committedSeq + 1);
  }

  /**
   * Keeps the newest usable snapshots: one recovery skipped as damaged is deleted, not kept in a good one's
   * place, unless it is `written` (the snapshot just written over it, under the same name).
   */
  private async deleteOldSnapshots(written: string): Promise<void> {
    const { snapshots } = await listDataFiles(this.dir);
    const skipped = new Set(this.skippedSnapshots.filter((path) => path !== written));
    const usable = snapshots.filter((file) => !skipped.has(file.path));
    const old = [...snapshots.filter((file) => skipped.has(file.path)), ...usable.slice(0, Math.max(0, usable.length - SNAPSHOTS_KEPT))];
    await Promise.all(old.map((file) => unlink(file.path).catch(ignore)));
    this.skippedSnapshots = [];
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
