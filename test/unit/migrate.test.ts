// The embedded -> other store migration through the port, checked memory -> memory: same counts and records, and idempotent.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import { describeCopied, migrate, type MigrateProgress } from '../../src/cli/migrate.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { ChangeSet, GraphStore } from '../../src/store/port.js';
import * as make from '../support/records.js';

let dataDir: string;

/** An embedded data directory holding a bit of everything, over several commits (so the journal has history). */
async function seedDataDir(dir: string): Promise<void> {
  const store = new MemoryStore({ dataDir: dir });
  await store.open();
  const maker = make.entity();
  const product = make.entity({ kind: 'PRODUCT', makerId: maker.id, aliases: ['CC'] });
  const duplicate = make.entity({ kind: 'PRODUCT', mergedIntoId: product.id });
  const market = make.entity({ kind: 'MARKET' });
  const src = make.source();
  const q1 = make.period('2025-01-01', '2025-03-31', 'Q1 2025');
  const claims = Array.from({ length: 2_500 }, (_, index) =>
    make.claim(index % 2 ? product : maker, src, { objectId: market.id, periodId: q1.id }),
  );
  const conflict = make.conflict([claims[0]!, claims[1]!]);
  const declared = { ...BUILTIN_PREDICATES[0]!, name: 'test_migrated', builtin: false };
  await store.commit({ predicates: [declared] });
  await store.commit({ entities: [maker, product, duplicate, market], sources: [src], periods: [q1], history: [make.history(maker.id)] });
  await store.commit({ claims, conflicts: [conflict], history: claims.slice(0, 1_200).map((claim) => make.history(claim.id)) });
  await store.commit({ claims: [{ ...claims[0]!, text: 'edited', version: 2 }], reviews: [make.review(claims[0]!.id)] });
  await store.close();
}

/** Everything a store holds, in a comparable form. */
async function contentsOf(store: GraphStore): Promise<ChangeSet[]> {
  const all: ChangeSet[] = [];
  for await (const changes of store.scanAll()) all.push(changes);
  return all;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-migrate-'));
  await seedDataDir(dataDir);
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('migrate: embedded data directory -> another GraphStore', () => {
  it('copies every record through the port, reporting progress and equal counts on both sides', async () => {
    const target = new MemoryStore({ dataDir: null });
    await target.open();
    const progress: MigrateProgress[] = [];
    const result = await migrate({ dataDir, target, onProgress: (p) => progress.push(p) });

    expect(result.target).toEqual(result.source);
    expect(result.source).toEqual({ claims: 2_500, entities: 4, sources: 1, periods: 1, conflicts: 1 });
    expect(result.copied).toEqual({ predicates: 1, entities: 4, sources: 1, periods: 1, claims: 2_500, conflicts: 1, history: 1_201, reviews: 1 });
    // Batches of at most 1000 records: progress after each, counts only growing.
    expect(progress.length).toBeGreaterThanOrEqual(9);
    expect(progress.at(-1)!.copied).toEqual(result.copied);
    expect(progress.map((p) => p.copied.claims)).toEqual([...progress.map((p) => p.copied.claims)].sort((a, b) => a - b));
    expect(describeCopied(result.copied)).toBe('copied 1 predicates, 4 entities, 1 sources, 1 periods, 2500 claims, 1 conflicts, 1201 history, 1 reviews');

    const source = new MemoryStore({ dataDir });
    await source.open();
    try {
      expect(await contentsOf(target)).toEqual(await contentsOf(source));
    } finally {
      await source.close();
    }
  });

  it('changes nothing when run again', async () => {
    const target = new MemoryStore({ dataDir: null });
    await target.open();
    await migrate({ dataDir, target });
    const once = await contentsOf(target);
    const again = await migrate({ dataDir, target });
    expect(again.target).toEqual(again.source);
    expect(again.copied.history).toBe(0);
    expect(await contentsOf(target)).toEqual(once);
  });

  it('leaves the data directory usable by the embedded store afterwards', async () => {
    const target = new MemoryStore({ dataDir: null });
    await target.open();
    await migrate({ dataDir, target });
    const reopened = new MemoryStore({ dataDir });
    await reopened.open();
    try {
      expect((await reopened.counts()).claims).toBe(2_500);
    } finally {
      await reopened.close();
    }
  });
});
