// The seed article as an ingestion benchmark: its entities as prior knowledge, its curated claims as the gold standard.
import { SYSTEM_ACTOR, type AppContext } from '../src/app/context.js';
import { ingestArticle, type IngestResult } from '../src/app/ingest-article.js';
import { upsertEntity } from '../src/app/upsert-entity.js';
import { loadSeedIfEmpty, readSeed } from '../src/seed/load-seed.js';
import { comparable, type ComparableClaim } from './ingest-match.js';
import { openApp } from './lib/app.js';

/** An empty memory-only store and its app. */
export const freshApp = async (): Promise<AppContext> => (await openApp(null)).app;

/** The seed's entities (names, aliases, makers, launch dates) without its claims: what a graph would know beforehand. */
export async function loadSeedEntities(context: AppContext): Promise<void> {
  const { seed } = await readSeed();
  for (const entity of seed.entities) {
    await upsertEntity(context, { name: entity.name, kind: entity.kind, aliases: entity.aliases, maker: entity.maker, launchDate: entity.launchDate }, SYSTEM_ACTOR);
  }
}

/** The curated claims, built by addClaims in a store of their own, so values and periods are parsed as ingestion parses them. */
export async function curatedSeedClaims(): Promise<ComparableClaim[]> {
  const context = await freshApp();
  await loadSeedIfEmpty(context);
  const claims = [];
  for await (const batch of context.store.scanClaims(500)) claims.push(...batch);
  return comparable(context, claims);
}

/** Ingests the seed article under the seed source's URL and date. */
export async function ingestSeedArticle(context: AppContext): Promise<{ result: IngestResult; text: string; candidates: ComparableClaim[] }> {
  const { article, seed } = await readSeed();
  const result = await ingestArticle(context, { ...seed.source, text: article }, SYSTEM_ACTOR);
  return { result, text: article, candidates: await comparable(context, result.claims) };
}
