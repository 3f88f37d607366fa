// Opens the embedded store and the app over it, registers the generated entities, loads claims in batches, lists conflicts.
import { rm } from 'node:fs/promises';
import { addClaims } from '../../src/app/add-claims.js';
import { importClaims } from '../../src/app/import-claims.js';
import { createAppContext, SYSTEM_ACTOR, type AppContext } from '../../src/app/context.js';
import type { ClaimInput, EntityInput } from '../../src/app/inputs.js';
import { upsertEntity } from '../../src/app/upsert-entity.js';
import type { Conflict } from '../../src/domain/model.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { batches } from '../generator/index.js';

export interface BenchApp {
  store: MemoryStore;
  app: AppContext;
}

/** The embedded store over `dataDir` (null: memory only), as the service runs it. */
export async function openApp(dataDir: string | null, options: { fresh?: boolean } = {}): Promise<BenchApp> {
  if (dataDir && options.fresh) await rm(dataDir, { recursive: true, force: true });
  const store = new MemoryStore({ dataDir, onWarning: (message) => console.error(`store warning: ${message}`) });
  await store.open();
  return { store, app: await createAppContext(store) };
}

/** Products and models with their makers, one upsertEntity each, as a client would register them. */
export async function registerEntities(app: AppContext, entities: readonly EntityInput[]): Promise<void> {
  for (const entity of entities) await upsertEntity(app, entity, SYSTEM_ACTOR);
}

/** Loads claims through addClaims in batches; returns the stored id of each input, in order. */
export async function loadClaims(app: AppContext, claims: readonly ClaimInput[], batchSize: number): Promise<string[]> {
  const ids: string[] = [];
  for (const batch of batches(claims, batchSize)) {
    const result = await addClaims(app, batch, SYSTEM_ACTOR);
    for (const claim of result.claims) ids.push(claim.id);
  }
  return ids;
}

/** Loads claims through importClaims (conflicts detected once, at the end); returns the stored id of each input, in order. */
export async function importAll(app: AppContext, claims: readonly ClaimInput[], batchSize: number): Promise<string[]> {
  const ids: string[] = [];
  await importClaims(app, batches(claims, batchSize), SYSTEM_ACTOR, { onProgress: (_, stored) => stored.forEach((claim) => ids.push(claim.id)) });
  return ids;
}

/** Every conflict in the store, whatever its status. */
export async function allConflicts(store: MemoryStore): Promise<Conflict[]> {
  return (await store.listConflicts({}, { first: Number.MAX_SAFE_INTEGER })).items;
}

