// Where a loaded store's heap goes: reopens a data directory, then drops one part of the state at a time and measures what gc gives back.
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphState } from '../../src/store/memory/state.js';

const gc = (globalThis as { gc?: () => void }).gc;
const dataDir = process.argv[2];
if (!gc || !dataDir) {
  console.error('usage: node --import tsx --expose-gc bench/tools/memory-breakdown.ts <dataDir>');
  process.exit(2);
}
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const start = heap();
const store = new MemoryStore({ dataDir });
await store.open();
const state = (store as unknown as { state: GraphState }).state;
const claims = state.claims.size;
let last = heap();
console.log(`claims ${claims}: heap ${(last - start) / 2 ** 20 | 0} MiB for the state, ${Math.round((last - start) / claims)} B/claim; rss ${process.memoryUsage().rss / 2 ** 20 | 0} MiB`);

const parts: Array<[string, () => void]> = [
  ['history entries', () => state.history.clear()],
  ['claim indexes (subject, object, key, predicate, source)', () => {
    for (const index of [state.claimsBySubject, state.claimsByObject, state.claimsByKey, state.claimsByPredicate, state.claimsBySource]) index.clear();
  }],
  ['claimByFingerprint', () => state.claimByFingerprint.clear()],
  ['claim citations', () => { for (const claim of state.claims.values()) (claim as { citations: unknown }).citations = null; }],
  ['claim values', () => { for (const claim of state.claims.values()) (claim as { value: unknown }).value = null; }],
  ['claim texts', () => { for (const claim of state.claims.values()) (claim as { text: unknown }).text = null; }],
  ['claim id-like fields (subjectId, objectId, periodId, fingerprint) and timestamps', () => {
    for (const claim of state.claims.values()) Object.assign(claim, { subjectId: null, objectId: null, periodId: null, fingerprint: null, createdAt: null, updatedAt: null, periodText: null, qualifiers: null });
  }],
  ['claim records and claimOrder', () => { state.claims.clear(); state.claimOrder.length = 0; }],
  ['everything else (entities, sources, periods, conflicts)', () => { state.entities.clear(); state.sources.clear(); state.conflicts.clear(); state.periods.clear(); }],
];
for (const [name, drop] of parts) {
  drop();
  const now = heap();
  console.log(`${name.padEnd(80)} ${((last - now) / 2 ** 20).toFixed(1).padStart(8)} MiB  ${Math.round((last - now) / claims).toString().padStart(5)} B/claim`);
  last = now;
}
