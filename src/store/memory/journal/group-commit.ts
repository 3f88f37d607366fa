// A group commit: appends queued while a commit was in flight, numbered together to go out in one write and one sync.
import type { LineParts } from '../framing.js';
import { recordParts, type JournalRecord } from './record-codec.js';

export interface PendingAppend<T> {
  payloads: T[];
  /** Serialised (JSON, UTF-8) when append() is called: the record holds the payload as it was then, whatever the caller mutates later. */
  payloadBytes: Buffer[];
  /** ISO time given by the caller; otherwise the commit's. */
  at: string | undefined;
  resolve: (records: JournalRecord<T>[]) => void;
  reject: (error: unknown) => void;
}

/** Gives the group's records their seqs after `lastSeq`, in call order, and their JSON lines (in parts, to frame). */
export function numberGroup<T>(group: Array<PendingAppend<T>>, lastSeq: number) {
  const commitTime = new Date().toISOString();
  const lines: LineParts[] = [];
  let seq = lastSeq;
  const recordsPerCall = group.map((call) => {
    const at = call.at ?? commitTime;
    return call.payloads.map((payload, i) => {
      const record = { seq: ++seq, at, payload };
      lines.push(recordParts(record.seq, at, call.payloadBytes[i]!));
      return record;
    });
  });
  return { recordsPerCall, lines, lastSeq: seq };
}
