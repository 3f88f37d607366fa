// The embedded store's full claim scan: every claim listed when it began, once, in id order, each as it is now.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/domain/model.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { claim, entity, source } from '../support/records.js';

async function scanned(store: MemoryStore, batchSize: number, between?: () => Promise<void>): Promise<Claim[][]> {
  const batches: Claim[][] = [];
  for await (const batch of store.scanClaims(batchSize)) {
    batches.push(batch);
    await between?.();
  }
  return batches;
}

async function storeWith(ids: readonly string[]): Promise<{ store: MemoryStore; claims: Claim[] }> {
  const store = new MemoryStore({ dataDir: null });
  await store.open();
  const company = entity();
  const src = source();
  const claims = ids.map((id, index) => claim(company, src, { id, text: `claim ${index}`, fingerprint: `fingerprint ${id}` }));
  await store.commit({ entities: [company], sources: [src], claims });
  return { store, claims };
}

describe('scanClaims on the embedded store', () => {
  it('lists claims in id order in batches, whether they were added in id order or not', async () => {
    for (const ids of [
      ['clm_1', 'clm_2', 'clm_3', 'clm_4', 'clm_5'],
      ['clm_3', 'clm_1', 'clm_5', 'clm_2', 'clm_4'],
      ['clm_1', 'clm_2', 'clm_5', 'clm_3', 'clm_4'],
    ]) {
      const { store } = await storeWith(ids);
      const batches = await scanned(store, 2);
      expect(batches.map((batch) => batch.map((c) => c.id))).toEqual([['clm_1', 'clm_2'], ['clm_3', 'clm_4'], ['clm_5']]);
      await store.close();
    }
  });

  it('gives each claim as it is when its batch is read, and leaves out claims added after the scan began', async () => {
    const { store, claims } = await storeWith(['clm_1', 'clm_2', 'clm_3', 'clm_4']);
    const changed = { ...claims[2]!, text: 'changed', version: 2 };
    let step = 0;
    const batches = await scanned(store, 2, async () => {
      if (step++ > 0) return;
      await store.commit({ claims: [changed, { ...claims[0]!, id: 'clm_0', fingerprint: 'new before' }, { ...claims[0]!, id: 'clm_9', fingerprint: 'new after' }] });
    });
    expect(batches.flat().map((c) => c.id)).toEqual(['clm_1', 'clm_2', 'clm_3', 'clm_4']);
    expect(batches[1]![0]).toEqual(changed);
    await store.close();
  });
});
