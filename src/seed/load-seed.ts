// Loads the seed article's hand-curated claims into an empty store, anchoring each quote in the article text.
import { readFile } from 'node:fs/promises';
import { addClaims } from '../app/add-claims.js';
import { SYSTEM_ACTOR, type AppContext } from '../app/context.js';
import { upsertEntity } from '../app/upsert-entity.js';

const seedDir = new URL('./', import.meta.url);
const CONTEXT_CHARS = 32;

interface SeedFile {
  source: { url: string; title: string | null; publisher: string | null; publishedAt: string | null };
  entities: Array<{ name: string; kind: string; aliases?: string[]; maker?: string; launchDate?: string }>;
  claims: Array<Record<string, unknown> & { quote: string }>;
}

/** The W3C text-quote/position selector for the one place `quote` appears in `text`. */
export function anchorQuote(text: string, quote: string): { start: number; end: number; prefix: string; suffix: string } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`seed quote not found in the article: "${quote}"`);
  if (text.indexOf(quote, start + 1) >= 0) throw new Error(`seed quote is ambiguous (appears twice): "${quote}"`);
  const end = start + quote.length;
  return { start, end, prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) };
}

export async function readSeed(): Promise<{ article: string; seed: SeedFile }> {
  const [article, json] = await Promise.all([
    readFile(new URL('seed-article.txt', seedDir), 'utf8'),
    readFile(new URL('seed.json', seedDir), 'utf8'),
  ]);
  return { article, seed: JSON.parse(json) as SeedFile };
}

/** Seeds only an empty store, so a restart never duplicates or resurrects anything. Returns claims added. */
export async function loadSeedIfEmpty(context: AppContext): Promise<number> {
  if ((await context.store.counts()).claims > 0) return 0;
  const { article, seed } = await readSeed();
  for (const entity of seed.entities) {
    await upsertEntity(context, { name: entity.name, kind: entity.kind, aliases: entity.aliases, maker: entity.maker, launchDate: entity.launchDate }, SYSTEM_ACTOR);
  }
  const inputs = seed.claims.map(({ quote, ...claim }) => ({ ...claim, quote, span: anchorQuote(article, quote), source: seed.source }));
  const result = await addClaims(context, inputs, SYSTEM_ACTOR);
  return result.createdCount;
}
