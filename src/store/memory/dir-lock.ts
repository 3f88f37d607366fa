// Exclusive ownership of a data directory through a LOCK file holding the owner's pid; stale locks of dead processes are taken over.

import { link, readFile, realpath, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import { isErrno } from './fsync.js';

const LOCK_FILE = 'LOCK';
const MAX_TAKEOVER_ATTEMPTS = 5;

/**
 * Directories locked by this process. A pid alone cannot tell "another journal in this process" from
 * "a previous run that had the same pid" (a container's service is often pid 1 on every start).
 */
const heldByThisProcess = new Set<string>();

export class DirLock {
  private released = false;

  private constructor(
    private readonly key: string,
    private readonly path: string,
  ) {}

  static async acquire(dir: string): Promise<DirLock> {
    const key = await realpath(dir);
    if (heldByThisProcess.has(key)) throw inUse(dir, process.pid);
    // Claimed before the first await below, so two opens in this process cannot both get past here.
    heldByThisProcess.add(key);
    try {
      const path = join(dir, LOCK_FILE);
      await takeLockFile(dir, path);
      return new DirLock(key, path);
    } catch (error) {
      heldByThisProcess.delete(key);
      throw error;
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    heldByThisProcess.delete(this.key);
    // Only remove the file if it is still ours, never a lock another process took over meanwhile.
    if ((await readOwner(this.path)) === process.pid) await unlink(this.path).catch(() => undefined);
  }
}

async function takeLockFile(dir: string, path: string): Promise<void> {
  for (let attempt = 0; attempt < MAX_TAKEOVER_ATTEMPTS; attempt++) {
    if (await createLockFile(path)) return;
    const owner = await readOwner(path);
    // Our own pid here is a previous run's (the registry above rules out this run), so it is stale too.
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) throw inUse(dir, owner);
    // Stale: its process is gone (or the file is garbage). Remove it and race for the lock again.
    // Two processes taking over the same stale lock at the same instant could both remove a fresh lock
    // between read and unlink; the window is tiny and needs two starts at once on a dead lock.
    await unlink(path).catch((error: unknown) => {
      if (!isErrno(error, 'ENOENT')) throw error;
    });
  }
  throw inUse(dir, (await readOwner(path)) ?? Number.NaN);
}

/**
 * Creates the lock with our pid already inside: the content is written to a private file first and then
 * hard-linked into place, which fails atomically if LOCK exists. So nobody ever reads an empty LOCK.
 */
async function createLockFile(path: string): Promise<boolean> {
  const draft = `${path}.${process.pid}.tmp`;
  await writeFile(draft, `${process.pid}\n`);
  try {
    await link(draft, path);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}

async function readOwner(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: existence check only
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM'); // exists, but belongs to another user
  }
}

function inUse(dir: string, pid: number): DomainError {
  const advice =
    pid === process.pid
      ? 'That is this process: close the other journal first.'
      : `Stop that process, or if it is not running remove ${join(dir, LOCK_FILE)}.`;
  return new DomainError(
    ErrorCode.StoreUnavailable,
    `data directory ${dir} is in use by process ${pid}. ${advice}`,
    [],
    { dir, pid },
  );
}
