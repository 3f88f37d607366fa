// Names of the files in a data directory: journal segments and snapshots, keyed by a zero-padded sequence number.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SEQ_DIGITS = 12;
/** Journal segments are JSON lines; snapshots JSON lines (format 1) or binary (format 3, `.bin`; format 2 still reads). */
const DATA_FILE = /^(?:(journal)-(\d+)\.ndjson|(snapshot)-(\d+)\.(ndjson|bin))$/;

export type FileKind = 'journal' | 'snapshot';
export type FileFormat = 'ndjson' | 'bin';

/** A journal segment (named by its first seq) or a snapshot (named by the seq it covers). */
export interface SeqFile {
  seq: number;
  path: string;
}

export function seqFileName(kind: FileKind, seq: number, format: FileFormat = 'ndjson'): string {
  return `${kind}-${String(seq).padStart(SEQ_DIGITS, '0')}.${format}`;
}

export interface DataFiles {
  segments: SeqFile[]; // ascending by first seq
  snapshots: SeqFile[]; // ascending by seq
  temporaries: string[]; // snapshot drafts left by a crash
}

export async function listDataFiles(dir: string): Promise<DataFiles> {
  const files: DataFiles = { segments: [], snapshots: [], temporaries: [] };
  for (const name of await readdir(dir)) {
    const match = DATA_FILE.exec(name);
    if (match?.[1]) files.segments.push({ seq: Number(match[2]), path: join(dir, name) });
    else if (match?.[3]) files.snapshots.push({ seq: Number(match[4]), path: join(dir, name) });
    else if (name.startsWith('snapshot-') && name.endsWith('.tmp')) {
      files.temporaries.push(join(dir, name));
    }
  }
  files.segments.sort((a, b) => a.seq - b.seq);
  // Two formats of one seq only arise from snapshotting twice with nothing in between: either will do, the binary one is newer.
  files.snapshots.sort((a, b) => a.seq - b.seq || Number(a.path.endsWith('.bin')) - Number(b.path.endsWith('.bin')));
  return files;
}
