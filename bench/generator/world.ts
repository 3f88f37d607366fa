// The cast of a generated graph: companies, their products and models, markets, populations and sources.
import type { EntityInput, SourceInput } from '../../src/app/inputs.js';
import { NameFactory, POPULATIONS } from './names.js';
import { randomRelease, type PeriodSlot, disjointPeriods } from './phrasing.js';
import type { Random } from './random.js';

export interface Product {
  name: string;
  kind: 'PRODUCT' | 'MODEL';
  maker: string;
  release: { year: number; month: number; day: number };
}

export interface World {
  companies: string[];
  products: Product[];
  markets: string[];
  populations: readonly string[];
  sources: SourceInput[];
  periods: PeriodSlot[];
  names: NameFactory;
}

/** Entity and source counts grow slowly with the claim count: thousands of entities, hundreds of markets. */
export function worldSizes(claims: number) {
  const companies = Math.round(800 + claims / 400);
  return {
    companies,
    products: Math.round(companies * 1.2),
    models: Math.round(companies * 0.4),
    markets: Math.round(120 + claims / 5000),
    sources: Math.max(300, Math.round(claims / 8)),
  };
}

export function buildWorld(random: Random, claims: number): World {
  const sizes = worldSizes(claims);
  const names = new NameFactory(random);
  const companies = Array.from({ length: sizes.companies }, () => names.company());
  const products: Product[] = [];
  for (let i = 0; i < sizes.products + sizes.models; i++) {
    const maker = random.pick(companies);
    const kind = i < sizes.products ? 'PRODUCT' : 'MODEL';
    products.push({ name: kind === 'PRODUCT' ? names.product(maker) : names.model(maker), kind, maker, release: randomRelease(random) });
  }
  const markets = Array.from({ length: sizes.markets }, () => names.market());
  const publishers = Array.from({ length: 200 }, () => names.publisher());
  const sources = Array.from({ length: sizes.sources }, (_, i): SourceInput => {
    const publisher = random.pick(publishers);
    const month = random.int(1, 12);
    const host = publisher.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '-');
    return {
      url: `https://${host}.example.com/2026/${String(month).padStart(2, '0')}/story-${i}`,
      title: `${publisher}: market update ${i}`,
      publisher,
      publishedAt: `2026-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    };
  });
  return { companies, products, markets, populations: POPULATIONS, sources, periods: disjointPeriods(), names };
}

/** Products and models with their makers and launch dates, registered before claims are loaded (upsertEntity). */
export function entityInputs(world: World): EntityInput[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  return world.products.map((product) => ({
    name: product.name,
    kind: product.kind,
    maker: product.maker,
    launchDate: `${product.release.year}-${pad(product.release.month)}-${pad(product.release.day)}`,
  }));
}
