// Journal bytes not yet covered by a snapshot: what a restart would replay, so the store knows when to write a snapshot.

export class SnapshotBacklog {
  /** Appended batches not yet covered by a snapshot, so a snapshot can subtract the ones it covers. */
  private batches: Array<{ lastSeq: number; bytes: number }>;
  private total: number;

  /** Starts from what recovery found after the snapshot, counted as one batch ending at `lastSeq`. */
  constructor(lastSeq: number, bytes: number) {
    this.batches = [{ lastSeq, bytes }];
    this.total = bytes;
  }

  get bytes(): number {
    return this.total;
  }

  added(lastSeq: number, bytes: number): void {
    this.batches.push({ lastSeq, bytes });
    this.total += bytes;
  }

  coveredThrough(seq: number): void {
    // A batch straddling `seq` stays counted whole: the figure only has to be good enough to schedule snapshots.
    this.batches = this.batches.filter((batch) => batch.lastSeq > seq);
    this.total = this.batches.reduce((sum, batch) => sum + batch.bytes, 0);
  }
}
