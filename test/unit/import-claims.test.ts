// importClaims: batches written like addClaims, conflicts detected once at the end, equal to detecting per batch.
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addClaims } from '../../src/app/add-claims.js';
import { SYSTEM_ACTOR, createAppContext, type AppContext } from '../../src/app/context.js';
import { importClaims, type ImportProgress } from '../../src/app/import-claims.js';
import { isDomainError } from '../../src/domain/errors.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { batches, generateGraph } from '../../bench/generator/index.js';
import { registerEntities } from '../../bench/lib/app.js';

async function freshApp(): Promise<AppContext> {
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  return createAppContext(store);
}

/** Every conflict as status, rule and its members' texts: comparable across stores whose ids differ. */
async function conflictSignatures(app: AppContext): Promise<string[]> {
  const page = await app.store.listConflicts({}, { first: 10_000 });
  const claims = await app.store.getClaims(page.items.flatMap((c) => c.claims.map((m) => m.claimId)));
  const label = new Map(claims.map((claim) => [claim!.id, claim!.text]));
  return page.items.map((c) => `${c.status} ${c.rule}: ${c.claims.map((m) => label.get(m.claimId)).sort().join(' | ')}`).sort();
}

const claim = (text: string, value: string, source: string, period = 'Q3 2025') => ({
  text,
  subject: 'Acme',
  predicate: 'revenue_run_rate',
  value,
  period,
  source: { url: `https://${source}.example.org/`, publisher: source },
});

describe('importClaims', () => {
  it('finds, once at the end, the same conflicts as adding the same batches one by one', async () => {
    const graph = generateGraph(3000);
    const imported = await freshApp();
    const added = await freshApp();
    for (const app of [imported, added]) await registerEntities(app, graph.entities);

    const progress: ImportProgress[] = [];
    const result = await importClaims(imported, batches(graph.claims, 400), SYSTEM_ACTOR, { onProgress: (p) => progress.push(p) });
    for (const batch of batches(graph.claims, 400)) await addClaims(added, batch, SYSTEM_ACTOR);

    expect(progress.map((p) => p.done)).toEqual([400, 800, 1200, 1600, 2000, 2400, 2800, 3000]);
    expect(result.createdCount + result.duplicateCount).toBe(3000);
    expect((await imported.store.counts()).claims).toBe(result.createdCount);
    const expected = await conflictSignatures(added);
    expect(expected.length).toBeGreaterThan(10);
    expect(await conflictSignatures(imported)).toEqual(expected);
    expect(result.detection?.newCount).toBe(expected.length);
  }, 60_000);

  it('writes no snapshot of the embedded store until it is done, and every claim is back after a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimgraph-import-'));
    try {
      const open = async () => {
        const store = new MemoryStore({ dataDir: dir, snapshotAfterBytes: 4_096, closeSnapshotAfterBytes: 4_096 });
        await store.open();
        return store;
      };
      const snapshots = () => readdirSync(dir).filter((name) => name.startsWith('snapshot-')).sort();
      const graph = generateGraph(600);
      const registering = await open();
      await registerEntities(await createAppContext(registering), graph.entities);
      await registering.close();
      // Opened afresh, the store snapshots after every 4 kB of journal: each batch of the import crosses that.
      const store = await open();
      const app = await createAppContext(store);
      const before = snapshots();
      expect(before.length).toBeGreaterThan(0);
      const seenDuringImport: string[][] = [];
      const result = await importClaims(app, batches(graph.claims, 100), SYSTEM_ACTOR, { onProgress: () => seenDuringImport.push(snapshots()) });
      expect(seenDuringImport).toEqual(Array(6).fill(before));
      expect(snapshots()).toEqual(before);
      await store.close();
      // The close writes the one put off (older ones are pruned): a newer file than any before the import.
      expect(snapshots().at(-1)! > before.at(-1)!).toBe(true);

      const reopened = await open();
      expect((await reopened.counts()).claims).toBe(result.createdCount);
      await reopened.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('skips claims already stored; nothing new to flag when they were checked before', async () => {
    const app = await freshApp();
    const inputs = [claim('Acme runs at $1B.', '$1 billion', 'a'), claim('Acme runs at $3B.', '$3 billion', 'b')];
    const first = await importClaims(app, [inputs], SYSTEM_ACTOR);
    expect(first).toMatchObject({ createdCount: 2, duplicateCount: 0, detection: { newCount: 1 } });
    const again = await importClaims(app, [inputs], SYSTEM_ACTOR);
    expect(again).toMatchObject({ createdCount: 0, duplicateCount: 2, detection: { newCount: 0, openCount: 1 } });
    expect(await importClaims(app, [], SYSTEM_ACTOR)).toMatchObject({ done: 0, detection: null });
  });

  it('finishes the detection of an import interrupted after its batches were written, when run again', async () => {
    const app = await freshApp();
    const inputs = [claim('Acme runs at $1B.', '$1 billion', 'a'), claim('Acme runs at $3B.', '$3 billion', 'b')];
    const crash = new Error('killed before the rescan');
    const interrupted = importClaims(app, [inputs], SYSTEM_ACTOR, {
      onDetecting: () => {
        throw crash;
      },
    });
    await expect(interrupted).rejects.toBe(crash);
    expect((await app.store.counts()).claims).toBe(2);
    expect((await app.store.listConflicts({}, { first: 10 })).items).toHaveLength(0);

    const again = await importClaims(app, [inputs], SYSTEM_ACTOR);
    expect(again).toMatchObject({ createdCount: 0, duplicateCount: 2, detection: { newCount: 1 } });
    expect((await app.store.listConflicts({}, { first: 10 })).items).toHaveLength(1);
  });

  it('stops at a refused batch, naming the input by its position in the whole import; earlier batches stay and are checked', async () => {
    const app = await freshApp();
    const first = [claim('Acme runs at $1B.', '$1 billion', 'a'), claim('Acme runs at $3B.', '$3 billion', 'b')];
    const second = [claim('Acme runs at $2B.', '$2 billion', 'c'), claim('Acme runs at lots.', 'a great deal of money', 'd')];
    const third = [claim('Acme runs at $4B.', '$4 billion', 'e')];
    const error = await importClaims(app, [first, second, third], SYSTEM_ACTOR).catch((e: unknown) => e);
    expect(isDomainError(error)).toBe(true);
    expect(isDomainError(error) && error.field).toEqual(['claims', 3, 'value']);
    const stored = (await app.store.listClaims([{ filter: {}, page: { first: 10 } }]))[0]!.items.map((c) => c.text).sort();
    // Nothing of the refused batch, nothing after it.
    expect(stored).toEqual(['Acme runs at $1B.', 'Acme runs at $3B.']);
    expect((await app.store.listConflicts({}, { first: 10 })).items).toHaveLength(1);
  });

  it('refuses a later batch that is not claims only after the batches before it are written and reported, at its position in the whole import', async () => {
    const app = await freshApp();
    const first = [claim('Acme runs at $1B.', '$1 billion', 'a'), claim('Acme runs at $1.0B.', '$1.0 billion', 'b')];
    const second = [claim('Acme ran at $2B.', '$2 billion', 'c', 'Q2 2025'), claim('Acme ran at $2.0B.', '$2.0 billion', 'd', 'Q2 2025')];
    const third = [claim('Acme runs at $5B.', '$5 billion', 'e'), { text: 'no subject' }];
    const reported: ImportProgress[] = [];
    const error = await importClaims(app, [first, second, third], SYSTEM_ACTOR, { onProgress: (progress) => reported.push(progress) }).catch((e: unknown) => e);
    expect(isDomainError(error) && error.field).toEqual(['claims', 5, 'subject']);
    expect(reported.map((progress) => progress.done)).toEqual([2, 4]);
    const stored = (await app.store.listClaims([{ filter: {}, page: { first: 10 } }]))[0]!.items.map((c) => c.text).sort();
    expect(stored).toEqual(['Acme ran at $2.0B.', 'Acme ran at $2B.', 'Acme runs at $1.0B.', 'Acme runs at $1B.']);
  });

  it('refuses an input that is not a claim before writing anything of its batch, listing every bad one', async () => {
    const app = await freshApp();
    const error = await importClaims(app, [[claim('Acme runs at $1B.', '$1 billion', 'a'), { text: 'no subject' }, 42]], SYSTEM_ACTOR).catch((e: unknown) => e);
    expect(isDomainError(error) && error.details?.problems).toEqual([
      expect.objectContaining({ field: ['claims', 1, 'subject'] }),
      expect.objectContaining({ field: ['claims', 2] }),
    ]);
    expect((await app.store.counts()).claims).toBe(0);
  });
});
