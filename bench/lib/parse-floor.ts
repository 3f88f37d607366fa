// The restart baseline: reading and decoding every file a restart reads, applying nothing — the floor of the
// file format. A binary snapshot: read, crc-checked, its string table decoded and JSON blocks parsed (its
// columns are read where they lie, as the loader does), no record built; a JSON-lines snapshot or journal
// segment: every line JSON-parsed.
import { stat } from 'node:fs/promises';
import { listDataFiles } from '../../src/store/memory/files.js';
import { readLineBatches } from '../../src/store/memory/framing.js';
import { readBinarySnapshot } from '../../src/store/memory/snapshot/binary-file.js';
import { BlockKind } from '../../src/store/memory/snapshot/format.js';
import { PayloadReader } from '../../src/store/memory/snapshot/payload.js';
import { StringTableReader } from '../../src/store/memory/snapshot/string-table.js';
import { secondsSince } from './stats.js';

/** Bytes of the framing before each line's JSON: 8 hex digits of crc and a space. */
const PREFIX = 9;

export async function decodeFloor(dataDir: string): Promise<{ parseFloorSeconds: number; dataBytes: number; snapshotFormat: string }> {
  // What a restart reads: the newest snapshot, and the journal segments that start after it.
  const files = await listDataFiles(dataDir);
  const snapshot = files.snapshots.at(-1);
  const snapshotSeq = snapshot?.seq ?? 0;
  const segments = files.segments.filter((file) => file.seq > snapshotSeq);
  const isBinary = (path: string) => path.endsWith('.bin');
  let dataBytes = 0;
  const start = performance.now();
  for (const file of [...(snapshot ? [snapshot] : []), ...segments]) {
    dataBytes += (await stat(file.path)).size;
    if (isBinary(file.path)) await decodeBinary(file.path, file.seq);
    else await parseLines(file.path);
  }
  return { parseFloorSeconds: secondsSince(start), dataBytes, snapshotFormat: snapshotFormatOf(snapshot?.path) };
}

/** How the restart's snapshot is stored; 'no snapshot, journal only' when a small store closed without one (fix 27). */
function snapshotFormatOf(path: string | undefined): string {
  if (path === undefined) return 'no snapshot, journal only';
  return path.endsWith('.bin') ? 'binary' : 'json-lines';
}

async function parseLines(path: string): Promise<void> {
  for await (const lines of readLineBatches(path)) {
    for (const line of lines) if (line.end - line.start > PREFIX) JSON.parse(line.data.toString('utf8', line.start + PREFIX, line.end));
  }
}

async function decodeBinary(path: string, seq: number): Promise<void> {
  const image = await readBinarySnapshot(path, seq);
  if (typeof image === 'string') throw new Error(`${path}: ${image}`);
  const strings = new StringTableReader(() => undefined);
  for (const block of image.body) {
    const reader = new PayloadReader(block.payload);
    if (reader.kind === BlockKind.Strings) strings.read(reader);
    else if (reader.kind === BlockKind.Json || reader.kind === BlockKind.Values) JSON.parse(reader.rest().toString('utf8'));
    // Columns: the loader views them where they lie in the payload (payload.ts), so there is nothing to do.
  }
  // The table makes each string when first asked for; the floor makes them all.
  for (let index = 0; index < strings.length; index++) strings.at(index);
}
