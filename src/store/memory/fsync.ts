// Small file-system durability helpers: whole-buffer writes and directory fsync.

import { open, type FileHandle } from 'node:fs/promises';

/** Writes all of `bytes` at `position`, looping because a write may be short (e.g. near a full disk). */
export async function writeFully(handle: FileHandle, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    if (bytesWritten <= 0) throw new Error(`short write: 0 of ${bytes.length - done} bytes written`);
    done += bytesWritten;
  }
}

/**
 * Makes a directory's entries (created, renamed or removed files) durable. Without it a file that was
 * fsynced and renamed into place can still vanish, or keep its old name, after a power loss.
 */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot open or sync a directory; their rename is durable on its own.
    if (!isErrno(error, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES')) throw error;
  } finally {
    await handle?.close();
  }
}

export function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}
