// One ingest is one atomic batch, held to the configured batch limit: too many candidates, nothing written.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { createAppContext, DEFAULT_LIMITS, SYSTEM_ACTOR } from '../../src/app/context.js';
import { ingestArticle } from '../../src/app/ingest-article.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';

it('refuses an article yielding more candidates than the batch limit, writing nothing', async () => {
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  const app = await createAppContext(store, { limits: { ...DEFAULT_LIMITS, maxBatchSize: 3 } });
  const text = await readFile(new URL('../../src/seed/seed-article.txt', import.meta.url), 'utf8');
  await expect(
    ingestArticle(app, { url: 'https://example.com/too-many', publishedAt: '2026-02', text }, SYSTEM_ACTOR),
  ).rejects.toMatchObject({ code: 'input.batch_too_large', field: ['input', 'text'] });
  expect(await store.counts()).toMatchObject({ claims: 0, sources: 0, entities: 0 });
});
