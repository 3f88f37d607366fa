// claimgraph import FILE.jsonl: claims loaded into the data directory, conflicts flagged, bad lines named.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { MAX_LINE_BYTES, runImportCommand } from '../../src/cli/import-command.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

let dir: string;
let env: NodeJS.ProcessEnv;
let out: string[];
let err: string[];

const line = (text: string, value: unknown, source: string) =>
  JSON.stringify({ text, subject: 'Acme', predicate: 'revenue_run_rate', value, period: 'Q3 2025', source: { url: `https://${source}.example.org/` } });

async function stored(): Promise<{ claims: string[]; conflicts: number }> {
  const store = new MemoryStore({ dataDir: env.CLAIMGRAPH_DATA_DIR! });
  await store.open();
  try {
    const claims = (await store.listClaims([{ filter: {}, page: { first: 100 } }]))[0]!.items.map((claim) => claim.text).sort();
    return { claims, conflicts: (await store.listConflicts({ statuses: ['OPEN'] }, { first: 100 })).items.length };
  } finally {
    await store.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-import-'));
  env = { CLAIMGRAPH_DATA_DIR: join(dir, 'data') };
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void err.push(text));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('claimgraph import', () => {
  it('is registered as a command', () => {
    expect(COMMANDS.import?.summary).toMatch(/JSON-lines/);
  });

  it('loads every line in batches, skipping blank lines, and flags the conflicts once done', async () => {
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, [line('Acme runs at $1B.', '$1 billion', 'a'), '', line('Acme runs at $3B.', '$3 billion', 'b'), line('Acme runs at $1.0B.', '$1.0 billion', 'c'), ''].join('\n'));
    expect(await runImportCommand([file, '--batch-size', '2'], env)).toBe(0);
    expect(out.join('\n')).toMatch(/imported 3 new claims \(0 already stored\).*conflicts: 2 new, 2 open/);
    expect(await stored()).toEqual({ claims: ['Acme runs at $1.0B.', 'Acme runs at $1B.', 'Acme runs at $3B.'], conflicts: 2 });

    out = [];
    expect(await runImportCommand([file], env)).toBe(0);
    expect(out.join('\n')).toMatch(/imported 0 new claims \(3 already stored\)/);
  });

  it('names the line and field of a refused claim; batches before it stay written and checked', async () => {
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, [line('Acme runs at $1B.', '$1 billion', 'a'), line('Acme runs at $3B.', '$3 billion', 'b'), '', line('Acme runs at lots.', 'a great deal', 'c')].join('\n'));
    expect(await runImportCommand([file, '--batch-size', '2'], env)).toBe(1);
    expect(err.join('\n')).toMatch(/line 4, field value: cannot read a value from "a great deal".*\(claim\.value\.unparseable\)/);
    expect(err.join('\n')).toMatch(/stopped after 2 claims: the 2 new ones among them stay written/);
    expect(await stored()).toEqual({ claims: ['Acme runs at $1B.', 'Acme runs at $3B.'], conflicts: 1 });
  });

  it('names a line that is not JSON, writing nothing of its batch', async () => {
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, [line('Acme runs at $1B.', '$1 billion', 'a'), '{"text": "Acme', line('Acme runs at $3B.', '$3 billion', 'b')].join('\n'));
    expect(await runImportCommand([file], env)).toBe(1);
    expect(err.join('\n')).toMatch(/line 2 is not JSON/);
    expect((await stored()).claims).toEqual([]);
  });

  it('refuses bad arguments with usage and exit code 2', async () => {
    expect(await runImportCommand([], env)).toBe(2);
    expect(await runImportCommand([join(dir, 'missing.jsonl')], env)).toBe(2);
    expect(await runImportCommand([dir], env)).toBe(2);
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, line('Acme runs at $1B.', '$1 billion', 'a'));
    expect(await runImportCommand([file, '--batch-size', 'ten'], env)).toBe(2);
    expect(await runImportCommand([file, '--batch-size', '0'], env)).toBe(2);
    expect(await runImportCommand([file, '--batch-size', '5000'], env)).toBe(2);
    expect(err.join('\n')).toMatch(
      /name exactly one JSON-lines file[\s\S]*not a readable file[\s\S]*not a readable file[\s\S]*--batch-size must be a whole number[\s\S]*--batch-size must be a whole number[\s\S]*--batch-size is at most 1000 \(CLAIMGRAPH_MAX_BATCH\)/,
    );
    err = [];
    expect(await runImportCommand([file, '--batch-size', '-1'], env)).toBe(2);
    expect(await runImportCommand([file, '--dry-run'], env)).toBe(2);
    expect(err.join('\n')).toMatch(/--batch-size[\s\S]*usage: claimgraph import[\s\S]*--dry-run[\s\S]*usage: claimgraph import/);
    expect((await stored()).claims).toEqual([]);
  });

  it('takes batches up to the configured CLAIMGRAPH_MAX_BATCH, as the server does', async () => {
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, line('Acme runs at $1B.', '$1 billion', 'a'));
    expect(await runImportCommand([file, '--batch-size', '5000'], { ...env, CLAIMGRAPH_MAX_BATCH: '5000' })).toBe(0);
    expect((await stored()).claims).toEqual(['Acme runs at $1B.']);
  });

  it('refuses a line that is not UTF-8 instead of storing replacement characters', async () => {
    const file = join(dir, 'claims.jsonl');
    const bad = Buffer.from(line('Acme runs at XX $2B.', '$2 billion', 'b').replace('XX', '\u0000'), 'utf8');
    const badBytes = Buffer.concat([bad.subarray(0, bad.indexOf(0)), Buffer.from([0xff, 0xfe]), bad.subarray(bad.indexOf(0) + 1)]);
    await writeFile(file, Buffer.concat([Buffer.from(`${line('Acme runs at $1B.', '$1 billion', 'a')}\n`), badBytes, Buffer.from('\n')]));
    expect(await runImportCommand([file, '--batch-size', '1'], env)).toBe(1);
    expect(err.join('\n')).toMatch(/line 2 is not valid UTF-8/);
    expect(await stored()).toEqual({ claims: ['Acme runs at $1B.'], conflicts: 0 });
  });

  it('reads a file with a byte-order mark and CRLF line ends', async () => {
    const file = join(dir, 'claims.jsonl');
    await writeFile(file, `\uFEFF${line('Acme runs at $1B.', '$1 billion', 'a')}\r\n${line('Acme runs at $3B.', '$3 billion', 'b')}\r\n`);
    expect(await runImportCommand([file], env)).toBe(0);
    expect(await stored()).toEqual({ claims: ['Acme runs at $1B.', 'Acme runs at $3B.'], conflicts: 1 });
  });

  it('refuses a line longer than a claim could be, naming it; earlier batches stay and are checked', async () => {
    const file = join(dir, 'claims.jsonl');
    const huge = JSON.stringify({ text: 'x'.repeat(MAX_LINE_BYTES + 10) });
    await writeFile(file, [line('Acme runs at $1B.', '$1 billion', 'a'), line('Acme runs at $3B.', '$3 billion', 'b'), huge, line('Acme runs at $2B.', '$2 billion', 'c')].join('\n'));
    expect(await runImportCommand([file, '--batch-size', '2'], env)).toBe(1);
    expect(err.join('\n')).toMatch(/line 3 is longer than 1,048,576 bytes/);
    expect(await stored()).toEqual({ claims: ['Acme runs at $1B.', 'Acme runs at $3B.'], conflicts: 1 });
  });
});
