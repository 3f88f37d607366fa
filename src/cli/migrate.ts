// Copies everything from an embedded data directory into another store (Neo4j) through the GraphStore port, idempotently, with progress.
import { MemoryStore } from '../store/memory/memory-store.js';
import type { ChangeSet, GraphStore, StoreCounts } from '../store/port.js';

/** How many records of each kind have been copied so far. */
export interface CopiedCounts {
  predicates: number;
  entities: number;
  sources: number;
  periods: number;
  claims: number;
  conflicts: number;
  history: number;
  reviews: number;
}

export interface MigrateProgress {
  /** Change sets committed to the target so far. */
  batches: number;
  copied: CopiedCounts;
}

export interface MigrateOptions {
  /** The embedded store's data directory (CLAIMGRAPH_DATA_DIR); it is opened, read and closed again. */
  dataDir: string;
  /** Where to copy to: any GraphStore, opened by the caller, left open (a Neo4jStore for `migrate --to neo4j`). */
  target: GraphStore;
  /** Called after every committed batch, for a progress line. */
  onProgress?: (progress: MigrateProgress) => void;
  /** Told about recovery warnings while the data directory is read (a torn last journal record, say). */
  onWarning?: (message: string) => void;
}

export interface MigrateResult {
  copied: CopiedCounts;
  /** Counts of the embedded store and of the target after the copy: equal when the target started empty. */
  source: StoreCounts;
  target: StoreCounts;
}

const KINDS = ['predicates', 'entities', 'sources', 'periods', 'claims', 'conflicts', 'history', 'reviews'] as const;

/**
 * Commits the embedded store's change sets (store.scanAll) to the target one by one. Safe to run again,
 * or after an interruption: every record is an upsert by id, and history entries the target already
 * holds are left out (history is append-only, and a store may append a repeated entry twice).
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const source = new MemoryStore({ dataDir: options.dataDir, onWarning: options.onWarning });
  await source.open();
  try {
    const copied: CopiedCounts = { predicates: 0, entities: 0, sources: 0, periods: 0, claims: 0, conflicts: 0, history: 0, reviews: 0 };
    let batches = 0;
    for await (const changes of source.scanAll()) {
      const batch = await withoutKnownHistory(options.target, changes);
      if (isEmpty(batch)) continue;
      await options.target.commit(batch);
      for (const kind of KINDS) copied[kind] += (batch[kind] ?? []).length;
      batches++;
      options.onProgress?.({ batches, copied: { ...copied } });
    }
    return { copied, source: await source.counts(), target: await options.target.counts() };
  } finally {
    await source.close();
  }
}

async function withoutKnownHistory(target: GraphStore, changes: ChangeSet): Promise<ChangeSet> {
  if (!changes.history?.length) return changes;
  const targetIds = [...new Set(changes.history.map((entry) => entry.targetId))];
  const known = new Set((await target.historyOf(targetIds)).flat().map((entry) => entry.id));
  return { ...changes, history: changes.history.filter((entry) => !known.has(entry.id)) };
}

const isEmpty = (changes: ChangeSet): boolean => KINDS.every((kind) => (changes[kind] ?? []).length === 0);

/** One progress line: "copied 1200 claims, 80 entities, ..." (kinds with nothing copied left out). */
export function describeCopied(copied: CopiedCounts): string {
  const parts = KINDS.filter((kind) => copied[kind] > 0).map((kind) => `${copied[kind]} ${kind}`);
  return parts.length > 0 ? `copied ${parts.join(', ')}` : 'nothing to copy';
}
