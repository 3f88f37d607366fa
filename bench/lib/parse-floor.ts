// The restart baseline: reading and decoding every file a restart reads, applying nothing — the floor of the
// file format. A binary snapshot: read, crc-checked, its string table decoded, JSON blocks parsed and its
// columns copied out, no record built; a JSON-lines snapshot or journal segment: every line JSON-parsed.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readLineBatches } from '../../src/store/memory/framing.js';
import { readBinarySnapshot } from '../../src/store/memory/snapshot/binary-file.js';
import { BlockKind } from '../../src/store/memory/snapshot/format.js';
import { PayloadReader } from '../../src/store/memory/snapshot/payload.js';
import { StringTableReader } from '../../src/store/memory/snapshot/string-table.js';
import { secondsSince } from './stats.js';

/** Bytes of the framing before each line's JSON: 8 hex digits of crc and a space. */
const PREFIX = 9;
const DATA_FILE = /^(snapshot|journal)-(\d+)\.(ndjson|bin)$/;

export async function decodeFloor(dataDir: string): Promise<{ parseFloorSeconds: number; dataBytes: number; snapshotFormat: string }> {
  // What a restart reads: the newest snapshot, and the journal segments that start after it.
  const files = (await readdir(dataDir)).flatMap((name) => {
    const match = DATA_FILE.exec(name);
    return match ? [{ name, kind: match[1]!, seq: Number(match[2]), binary: match[3] === 'bin' }] : [];
  });
  const snapshots = files.filter((file) => file.kind === 'snapshot').sort((a, b) => a.seq - b.seq || Number(a.binary) - Number(b.binary));
  const snapshot = snapshots.at(-1);
  const snapshotSeq = snapshot?.seq ?? 0;
  const segments = files.filter((file) => file.kind === 'journal' && file.seq > snapshotSeq);
  let dataBytes = 0;
  const start = performance.now();
  for (const file of [...(snapshot ? [snapshot] : []), ...segments]) {
    const path = join(dataDir, file.name);
    dataBytes += (await stat(path)).size;
    if (file.binary) await decodeBinary(path, file.seq);
    else await parseLines(path);
  }
  return { parseFloorSeconds: secondsSince(start), dataBytes, snapshotFormat: snapshot?.binary ? 'binary' : 'json-lines' };
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
    else Buffer.from(reader.rest()); // the columns, copied out as the loader does
  }
}
