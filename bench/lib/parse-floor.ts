// The restart baseline: reading and JSON-parsing every line of the data directory's files, applying nothing — the floor of this file format.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readLineBatches } from '../../src/store/memory/framing.js';
import { secondsSince } from './stats.js';

/** Bytes of the framing before each line's JSON: 8 hex digits of crc and a space. */
const PREFIX = 9;

export async function jsonParseFloor(dataDir: string): Promise<{ parseFloorSeconds: number; dataBytes: number }> {
  // What a restart reads: the newest snapshot, and the journal segments that start after it.
  const seqOf = (name: string) => Number(/-(\d+)\.ndjson$/.exec(name)?.[1] ?? -1);
  const names = (await readdir(dataDir)).filter((name) => name.endsWith('.ndjson'));
  const snapshotSeq = Math.max(0, ...names.filter((name) => name.startsWith('snapshot-')).map(seqOf));
  const files = names.filter((name) => (name.startsWith('snapshot-') ? seqOf(name) === snapshotSeq : seqOf(name) > snapshotSeq));
  let dataBytes = 0;
  const start = performance.now();
  for (const name of files) {
    const path = join(dataDir, name);
    dataBytes += (await stat(path)).size;
    for await (const lines of readLineBatches(path)) {
      for (const line of lines) if (line.end - line.start > PREFIX) JSON.parse(line.data.toString('utf8', line.start + PREFIX, line.end));
    }
  }
  return { parseFloorSeconds: secondsSince(start), dataBytes };
}
