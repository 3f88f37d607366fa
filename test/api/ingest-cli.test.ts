// claimgraph ingest as a user runs it: a real process over a temporary data directory; binary files refused, a summary printed.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

const root = new URL('../../', import.meta.url).pathname;
const fixture = (name: string): string => join(root, 'test/fixtures/articles', `${name}.txt`);

function claimgraph(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/claimgraph.mjs', ...args], {
      cwd: root,
      env: { ...process.env, CLAIMGRAPH_DATA_DIR: dataDir, CLAIMGRAPH_STORE: 'memory', NEO4J_URI: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function storedCounts(dataDir: string) {
  const store = new MemoryStore({ dataDir });
  await store.open();
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('claimgraph ingest', () => {
  let dir: string;
  let dataDir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-ingest-'));
    dataDir = join(dir, 'data');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('ingests a folder, one source per file under the base URL, with progress on stderr and a summary on stdout', async () => {
    const articles = join(dir, 'articles');
    await mkdir(articles);
    for (const name of ['press-release', 'news-story']) await copyFile(fixture(name), join(articles, `${name}.txt`));
    const run = await claimgraph(dataDir, 'ingest', articles, '--url', 'https://example.com/articles/', '--published-at', '2025-06-18', '--publisher', 'Example');
    expect(run.stderr).toContain('\r[');
    expect(run.stderr).toContain('2/2 done');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^file\s+claims found\s+new\s+moved\s+stale\s+entities proposed\s+source \/ note$/);
    expect(lines[2]).toMatch(/news-story\.txt\s+8\s+8\s+0\s+0\s+\d+\s+https:\/\/example\.com\/articles\/news-story$/);
    expect(lines[3]).toMatch(/press-release\.txt\s+\d+\s+\d+\s+0\s+0\s+\d+\s+https:\/\/example\.com\/articles\/press-release$/);
    expect(await storedCounts(dataDir)).toMatchObject({ sources: 2 });

    const again = await claimgraph(dataDir, 'ingest', articles, '--url', 'https://example.com/articles');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/news-story\.txt\s+8\s+0\s+0\s+0\s+0\s+unchanged/);
  });

  it('refuses a binary file with a clear message and exit code 1, writing nothing for it', async () => {
    const binary = join(dir, 'scan.txt');
    await writeFile(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.txt');
    await writeFile(latin1, Buffer.from('Acme h\xe4lt 30% des Marktes.', 'latin1'));
    const run = await claimgraph(dataDir, 'ingest', binary, latin1, '--url', 'https://example.com/b');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`refusing ${binary}: it is a binary file (it contains NUL bytes); nothing was written for it`);
    expect(run.stderr).toContain(`refusing ${latin1}: it is not UTF-8 text`);
    expect(run.stdout).toContain('refused: it is a binary file');
    expect(await storedCounts(dataDir)).toMatchObject({ claims: 0, sources: 0 });
  });

  it('writes the good files of a mixed batch and still exits 1', async () => {
    const binary = join(dir, 'image.png');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const run = await claimgraph(dataDir, 'ingest', fixture('news-story'), binary, '--url', 'https://example.com/c', '--published-at', '2025-06-18');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/news-story\.txt\s+8\s+8/);
    expect(await storedCounts(dataDir)).toMatchObject({ claims: 8, sources: 1 });
  });

  it('explains its usage when the URL is missing, and reports bad input per file', async () => {
    const missing = await claimgraph(dataDir, 'ingest', fixture('news-story'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--url is required');
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '   \n');
    const run = await claimgraph(dataDir, 'ingest', empty, '--url', 'https://example.com/d');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('ingest.text.empty');
  });
});
