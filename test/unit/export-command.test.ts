// claimgraph export from the command line: each kind written to a file from a data directory, and bad scopes refused.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppContext, SYSTEM_ACTOR } from '../../src/app/context.js';
import { reviewClaim } from '../../src/app/review-claim.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runExportCommand } from '../../src/cli/export-command.js';
import { loadSeedIfEmpty } from '../../src/seed/load-seed.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { parseCsvObjects } from '../support/csv.js';

let dir: string;
let env: NodeJS.ProcessEnv;
let reviewedId: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-export-'));
  env = { CLAIMGRAPH_DATA_DIR: join(dir, 'data'), CLAIMGRAPH_PUBLISHER_NAME: 'Fact Desk', CLAIMGRAPH_PUBLIC_URL: 'https://facts.example/' };
  const store = new MemoryStore({ dataDir: env.CLAIMGRAPH_DATA_DIR! });
  await store.open();
  const app = await createAppContext(store);
  await loadSeedIfEmpty(app);
  const [page] = await store.listClaims([{ filter: { text: 'OpenAI 25%' }, page: { first: 5 } }]);
  reviewedId = page!.items[0]!.id;
  await reviewClaim(app, reviewedId, { rating: 'FALSE', rationale: 'Checked against the tracker.' }, SYSTEM_ACTOR);
  await store.close();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('claimgraph export', () => {
  it('is registered as a command', () => {
    expect(COMMANDS.export?.summary).toMatch(/ClaimReview/);
  });

  it('writes ClaimReview JSON-LD with the configured publisher and public URL', async () => {
    const out = join(dir, 'reviews.jsonld');
    expect(await runExportCommand(['claimreview', '--out', out], env)).toBe(0);
    const [doc] = JSON.parse(await readFile(out, 'utf8')) as Array<Record<string, any>>;
    expect(doc).toMatchObject({
      '@type': 'ClaimReview',
      author: { '@type': 'Organization', name: 'Fact Desk' },
      url: `https://facts.example/export/report.md?claim=${reviewedId}`,
      reviewRating: { ratingValue: 1, alternateName: 'False' },
    });
  });

  it('writes the claims CSV, filtered', async () => {
    const out = join(dir, 'claims.csv');
    expect(await runExportCommand(['csv', '--subject', 'OpenAI', '--status', 'accepted', '--out', out], env)).toBe(0);
    const { rows } = parseCsvObjects(await readFile(out, 'utf8'));
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.subject === 'OpenAI')).toBe(true);
    expect(rows.find((row) => row.id === reviewedId)).toMatchObject({ rating: 'FALSE', rank: 'DEPRECATED' });
  });

  it('writes a Markdown report for an entity or a source, and refuses an unknown one', async () => {
    const out = join(dir, 'report.md');
    expect(await runExportCommand(['report', '--entity', 'OpenAI', '--out', out], env)).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^# Fact-check report: OpenAI\n[\s\S]*\*\*Verdict:\*\* False \(1\/5\)/);
    expect(await runExportCommand(['report', '--source', 'https://example.org/claimgraph/seed-article', '--out', out], env)).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('Source: [https://example.org/claimgraph/seed-article]');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await runExportCommand(['report', '--entity', 'Nobody'], env)).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('entity.not_found'));
      expect(await runExportCommand(['pdf'], env)).toBe(2);
    } finally {
      errors.mockRestore();
    }
  });
});
