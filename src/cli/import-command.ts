// claimgraph import FILE.jsonl: one ClaimInput per line, written in durable batches, conflicts detected once at the end.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Actor } from '../app/context.js';
import { importClaims } from '../app/import-claims.js';
import { BatchInputError } from '../app/input-errors.js';
import { isDomainError } from '../domain/errors.js';
import { withApp } from './commands.js';

export const IMPORT_USAGE = `usage: claimgraph import FILE.jsonl [--batch-size N]

Reads one claim per line, as JSON in the shape of the addClaims mutation's ClaimInput (text, subject, predicate,
value, period, source, ...); blank lines are skipped. Each batch (default 1,000 claims) is checked, written
atomically and made durable before the next is read; a claim already stored (same statement, same source) is
skipped. Conflicts are detected once, by a full rescan, after the last batch: much faster for a big load than
detecting per batch, and the imported claims' conflicts are flagged when the command ends.

A line that is not JSON (or not UTF-8, or over 1 MiB), or a claim that is refused, stops the import: the
message names the line and the field; the batches before it stay written (and are checked for conflicts),
nothing of its own batch is. Conflicts are detected even when every claim was already stored, so running an
interrupted import again finishes its detection. --batch-size is at most CLAIMGRAPH_MAX_BATCH (default 1,000).
Run it while the server is stopped: the embedded store's data directory is locked by the running server.`;

const CLI_ACTOR: Actor = { id: 'cli' };
const DEFAULT_BATCH = 1000;

/** A refused line: the import stops there. */
class LineError extends Error {}

/** A claim input is a few kilobytes; a line far longer than this is not one, and is refused before it is held whole. */
export const MAX_LINE_BYTES = 1 << 20;
const NEWLINE = 0x0a;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Fatal: a byte sequence that is not UTF-8 is refused, not silently turned into U+FFFD in a stored claim. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(bytes: Buffer, number: number): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length; // CRLF files
  try {
    return utf8.decode(bytes.subarray(0, end));
  } catch {
    throw new LineError(`line ${number} is not valid UTF-8`);
  }
}

/** The file's lines, numbered from 1, each checked for length and UTF-8 as it is read (a leading byte-order mark is dropped). */
async function* readLines(path: string): AsyncGenerator<{ number: number; text: string }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let number = 0;
  let first = true;
  const tooLong = () => new LineError(`line ${number + 1} is longer than ${MAX_LINE_BYTES.toLocaleString('en-US')} bytes: not a claim`);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = first && chunk.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
    first = false;
    for (let end = chunk.indexOf(NEWLINE, start); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end);
      if (pendingBytes + piece.length > MAX_LINE_BYTES) throw tooLong();
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      pendingBytes = 0;
      number++;
      yield { number, text: decodeLine(line, number) };
      start = end + 1;
    }
    if (start < chunk.length) {
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) throw tooLong();
      pending.push(chunk.subarray(start));
    }
  }
  if (pendingBytes > 0) {
    number++;
    yield { number, text: decodeLine(Buffer.concat(pending), number) };
  }
}

/** Batches of parsed lines, remembering each input's line number so errors can name it. */
async function* readBatches(path: string, batchSize: number, lineOf: number[]): AsyncGenerator<unknown[]> {
  let batch: unknown[] = [];
  for await (const { number, text } of readLines(path)) {
    if (text.trim() === '') continue;
    try {
      batch.push(JSON.parse(text));
    } catch (error) {
      throw new LineError(`line ${number} is not JSON: ${(error as Error).message}`);
    }
    lineOf.push(number);
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** "line 12, field value" for an error path ['claims', position, ...field]. */
function wherePointed(field: ReadonlyArray<string | number>, lineOf: readonly number[]): string {
  const position = field[1];
  if (typeof position !== 'number') return field.join('.');
  return `line ${lineOf[position]}, ${field.length > 2 ? `field ${field.slice(2).join('.')}` : 'the claim'}`;
}

function parseBatchSize(text: string | undefined): number | null {
  if (text === undefined) return DEFAULT_BATCH;
  const size = Number(text);
  return Number.isInteger(size) && size >= 1 ? size : null;
}

/**
 * withApp closes the store after the command: the embedded store then writes the snapshot an import put off, when the
 * journal grew past its close threshold (2 MB, about a thousand claims), which takes seconds for a large graph.
 */
function noteClosing(store: string, created: number): void {
  if (store === 'memory' && created > 0) process.stderr.write('  closing the store (after a large import it writes a snapshot: about 20 s a million claims)...\n');
}

export async function runImportCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { 'batch-size': { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    // An unknown option, or a value parseArgs reads as an option ("--batch-size -1"): a usage error like any other.
    console.error(`claimgraph import: ${(error as Error).message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  const batchSize = parseBatchSize(values['batch-size']);
  if (positionals.length !== 1 || batchSize === null) {
    console.error(`claimgraph import: ${positionals.length !== 1 ? 'name exactly one JSON-lines file' : '--batch-size must be a whole number of at least 1'}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const path = positionals[0]!;
  const file = await stat(path).catch(() => null);
  if (!file?.isFile()) {
    console.error(`claimgraph import: ${path} is not a readable file`);
    return 2;
  }

  return withApp(async (app) => {
    if (batchSize > app.limits.maxBatchSize) {
      console.error(`claimgraph import: --batch-size is at most ${app.limits.maxBatchSize} (CLAIMGRAPH_MAX_BATCH)`);
      return 2;
    }
    const lineOf: number[] = [];
    const started = performance.now();
    const rate = (done: number) => Math.round(done / Math.max((performance.now() - started) / 1000, 1e-3));
    let done = 0;
    let created = 0;
    try {
      const result = await importClaims(app, readBatches(path, batchSize, lineOf), CLI_ACTOR, {
        onProgress: (progress) => {
          ({ done } = progress);
          created = progress.createdCount;
          process.stderr.write(`\r  ${progress.done} claims read, ${progress.createdCount} new (${rate(progress.done)}/s)   `);
        },
        onDetecting: () => process.stderr.write(`\n  detecting conflicts over the whole graph...\n`),
      });
      console.log(
        `imported ${result.createdCount} new claims (${result.duplicateCount} already stored) from ${path}` +
          (result.detection ? `; conflicts: ${result.detection.newCount} new, ${result.detection.openCount} open in all` : ''),
      );
      noteClosing(app.store.name, result.createdCount);
      return 0;
    } catch (error) {
      if (error instanceof LineError) console.error(`\nclaimgraph import: ${error.message}`);
      else if (isDomainError(error)) {
        // A refused batch lists every bad claim in it, each at its line.
        const problems = error instanceof BatchInputError ? error.problems : [error];
        for (const problem of problems) console.error(`\nclaimgraph import: ${wherePointed(problem.field, lineOf)}: ${problem.message} (${problem.code})`);
      } else throw error;
      console.error(`stopped after ${done} claims: the ${created} new ones among them stay written and were checked for conflicts`);
      noteClosing(app.store.name, created);
      return 1;
    }
  }, env);
}
