// Use case: load many claims in batches, each written durably and atomically, with conflicts detected once at the end.
import type { Claim } from '../domain/model.js';
import type { Actor, AppContext } from './context.js';
import { checkClaimInputs, prepareClaimWrite } from './add-claims.js';
import { commitAndPublish } from './commit.js';
import { rescan, type RescanResult } from './conflicts/rescan.js';

export interface ImportProgress {
  /** Inputs handled so far (written or found to be duplicates). */
  done: number;
  createdCount: number;
  duplicateCount: number;
}

export interface ImportResult extends ImportProgress {
  /** The rescan that ran after the last batch (null when no claim was read): what the import's claims conflict with. */
  detection: RescanResult | null;
}

export interface ImportOptions {
  /** Called after each batch is committed, with the batch's claims in input order (new, or the stored one a duplicate matched). */
  onProgress?: (progress: ImportProgress, claims: readonly Claim[]) => void;
  /** Called when the batches are written, before conflicts are detected (a rescan takes seconds on a big graph). */
  onDetecting?: () => void;
}

/**
 * Writes each batch as addClaims does (validated first, atomic, acknowledged after it is durable, duplicates
 * skipped) but without detecting conflicts per batch: once every batch is in, one full rescan compares all
 * claims. Detecting per batch re-reads the markets and statements each batch touches, again for every batch;
 * a load of a million claims spends about half its time there, while one rescan of a million takes seconds.
 * Until the rescan has run, the imported claims' conflicts are not flagged yet.
 *
 * A batch that is refused (bad input: the error's path gives the input's position in the whole import)
 * stops the import; the batches before it stay written, and the rescan still runs over them, so no written
 * claim is left unchecked. Error paths are ['claims', position, ...].
 *
 * The whole import is one bulk load for the store (GraphStore.bulkLoad): each batch is still durable when its
 * progress is reported, but the embedded store writes its snapshot after the import instead of during it.
 *
 * The rescan runs even when every claim was already stored: an import killed after its batches were written
 * and before its rescan finished left claims unchecked, and running the same import again is how that is put
 * right (its claims are all duplicates by then).
 */
export async function importClaims(context: AppContext, batches: Iterable<unknown[]> | AsyncIterable<unknown[]>, actor: Actor, options: ImportOptions = {}): Promise<ImportResult> {
  const progress: ImportProgress = { done: 0, createdCount: 0, duplicateCount: 0 };
  // One bulk load for the batches and the rescan: the store's snapshot waits until the import is done.
  return context.store.bulkLoad(async () => {
    let failure: unknown = null;
    try {
      for await (const batch of batches) {
        const writeOptions = { argument: 'claims', firstIndex: progress.done };
        const inputs = checkClaimInputs(context, batch, writeOptions);
        const { result } = await context.writeLock.run(async () => {
          const write = await prepareClaimWrite(context, inputs, actor, writeOptions);
          if (write.changes) await commitAndPublish(context, write.changes);
          return write;
        });
        progress.done += batch.length;
        progress.createdCount += result.createdCount;
        progress.duplicateCount += result.duplicateCount;
        options.onProgress?.({ ...progress }, result.claims);
      }
    } catch (error) {
      failure = error;
    }
    // Whatever was written is checked, even when a later batch was refused; see above for why duplicates count.
    let detection: RescanResult | null = null;
    if (progress.done > 0) {
      options.onDetecting?.();
      detection = await rescan(context, actor);
    }
    if (failure !== null) throw failure;
    return { ...progress, detection };
  });
}
