// Names of the files in a data directory: journal segments and snapshots, keyed by a zero-padded sequence number.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

const SEQ_DIGITS = 12;
const DATA_FILE = /^(journal|snapshot)-(\d+)\.ndjson$/;

export type FileKind = 'journal' | 'snapshot';

/** A journal segment (named by its first seq) or a snapshot (named by the seq it covers). */
export interface SeqFile {
  seq: number;
  path: string;
}

export function seqFileName(kind: FileKind, seq: number): string {
  return `${kind}-${String(seq).padStart(SEQ_DIGITS, '0')}.ndjson`;
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
    if (match) {
      const entry = { seq: Number(match[2]), path: join(dir, name) };
      (match[1] === 'journal' ? files.segments : files.snapshots).push(entry);
    } else if (name.startsWith('snapshot-') && name.endsWith('.tmp')) {
      files.temporaries.push(join(dir, name));
    }
  }
  files.segments.sort((a, b) => a.seq - b.seq);
  files.snapshots.sort((a, b) => a.seq - b.seq);
  return files;
}
