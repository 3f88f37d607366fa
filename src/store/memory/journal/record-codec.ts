// A journal record as one JSON line: writing it around an already serialised payload, and checking a line read back.
import { corruptionError, decodeFrame, type Line } from '../framing.js';
import { jsonBytes } from './json-bytes.js';

export interface JournalRecord<T = unknown> {
  seq: number;
  /** ISO time of the commit. */
  at: string;
  payload: T;
}

/**
 * The payload's JSON as UTF-8 bytes. Fails loudly for a payload JSON cannot represent (undefined, a
 * function), which JSON.stringify would silently drop.
 */
export function payloadBytes(payload: unknown, index: number): Buffer {
  const bytes = jsonBytes(payload);
  if (bytes === undefined) throw new TypeError(`journal payload ${index} is not JSON-serialisable`);
  return bytes;
}

/** The record's JSON in three parts, assembled around the already serialised payload: head, payload, tail. */
export function recordParts(seq: number, at: string, payload: Buffer): [string, Buffer, string] {
  return [`{"seq":${seq},"at":"${at}","payload":`, payload, '}'];
}

type DecodedRecord = { ok: true; record: JournalRecord } | { ok: false; reason: string };

/**
 * Decodes a journal line. A line cut short, with a bad crc or unparsable JSON is reported (it may be a torn
 * write); a well-formed line that is not the expected record throws at once, as no crash produces that.
 */
export function decodeRecordLine(path: string, line: Line, expectedSeq: number): DecodedRecord {
  if (!line.terminated) return { ok: false, reason: 'no trailing newline (write cut short)' };
  const decoded = decodeFrame(line);
  if (!decoded.ok) return decoded;
  const record = decoded.value as Partial<JournalRecord> | null;
  if (typeof record !== 'object' || record === null || typeof record.at !== 'string' || !('payload' in record)) {
    throw corruptionError(path, line.lineNo, line.offset, 'not a journal record');
  }
  if (record.seq !== expectedSeq) {
    throw corruptionError(path, line.lineNo, line.offset, `seq ${String(record.seq)} where ${expectedSeq} was expected (records are missing)`);
  }
  return { ok: true, record: record as JournalRecord };
}
