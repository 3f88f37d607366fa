// The journal's segment files: the newest one open for appends, rotation to a new one, and how much of each is acknowledged.
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { seqFileName } from '../files.js';
import { fsyncDir, writeFully } from '../fsync.js';
import { ignore } from './ignore.js';

/** A journal segment, named by the seq of its first record. */
export interface Segment {
  firstSeq: number;
  path: string;
}

/** A segment and how many of its bytes to read: those acknowledged when a reader was created. */
export interface SegmentExtent extends Segment {
  end: number;
}

export const segmentAt = (dir: string, firstSeq: number): Segment => ({ firstSeq, path: join(dir, seqFileName('journal', firstSeq)) });

export class SegmentFiles {
  /**
   * @param handle open on the newest segment, where appends go
   * @param segments every segment in the directory, ascending; the last one is the current segment
   * @param currentSize acknowledged (written and synced) bytes of the current segment: the next write's position
   */
  constructor(
    private readonly dir: string,
    private handle: FileHandle,
    private readonly segments: Segment[],
    private currentSize: number,
  ) {}

  /** Writes and syncs the bytes after the acknowledged ones; they count as acknowledged only once synced. */
  async append(bytes: Uint8Array): Promise<void> {
    await writeFully(this.handle, bytes, this.currentSize);
    await this.handle.datasync();
    this.currentSize += bytes.length;
  }

  /** Best effort after a failed append: cut off the unacknowledged bytes so the rejected records do not reappear on reopen. */
  async dropUnacknowledged(): Promise<void> {
    await this.handle.truncate(this.currentSize).catch(ignore);
  }

  /** Switches appends to a new segment whose first record will be `firstSeq`. */
  async startAt(firstSeq: number): Promise<void> {
    const current = this.segments.at(-1);
    if (current?.firstSeq === firstSeq) return; // the current segment is empty and already starts there
    const segment = segmentAt(this.dir, firstSeq);
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

  /** The segments with the bytes acknowledged right now; older segments are complete. */
  extents(): SegmentExtent[] {
    const last = this.segments.length - 1;
    return this.segments.map((segment, i) => ({ ...segment, end: i === last ? this.currentSize : Number.POSITIVE_INFINITY }));
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
