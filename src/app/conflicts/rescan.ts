// Use case: the full rescan — every accepted claim, grouped by key in memory, compared only within its groups.
import { ConflictDetection } from '../../domain/conflicts/index.js';
import type { Claim, Conflict } from '../../domain/model.js';
import { commitAndPublish } from '../commit.js';
import type { Actor, AppContext } from '../context.js';
import { everyPage } from '../every-page.js';
import { reconcile } from './reconcile.js';
import { ViewLoader } from './views.js';

const SCAN_BATCH = 1000;
const PAGE = 500;

export interface RescanResult {
  /** Every conflict the rules find now, as stored after the rescan. */
  conflicts: Conflict[];
  scannedClaims: number;
  newCount: number;
  reopenedCount: number;
  resolvedCount: number;
  /** OPEN conflicts after the rescan, flagged ones included. */
  openCount: number;
}

const allConflicts = (context: AppContext): Promise<Conflict[]> => everyPage((page) => context.store.listConflicts({}, page), PAGE);

export async function rescan(context: AppContext, actor: Actor): Promise<RescanResult> {
  return context.writeLock.run(async () => {
    let scannedClaims = 0;
    // One walk over the claims: each judged claim has the records its view reads noted and is coded for grouping
    // while it is being read (at a million claims every extra walk is a million cache misses). Views are made a
    // market at a time as the rules reach it. Names and source labels are read only to explain a finding: they
    // are loaded for the claims findings name, then those findings are made again with them.
    const views = new ViewLoader(context, 'when-read');
    const detection = new ConflictDetection<Claim>((name) => context.registry.get(name), (claim, periodId) => views.viewOf(claim, periodId));
    for await (const batch of context.store.scanClaims(SCAN_BATCH)) {
      scannedClaims += batch.length;
      for (const claim of batch) if (detection.add(claim, claim)) views.note(claim);
    }
    await views.load();
    let findings = detection.findings();
    if (await views.loadNamesRead()) findings = detection.findingsAgain();
    views.checkNamesLoaded();
    const existing = await allConflicts(context);

    // Reconciling reads only the claims stored conflicts name (a finding's claims are named by the conflict it
    // matches): one batched read of those, not a map of every live claim (a million entries at 1M claims).
    const claims = new Map<string, Claim>();
    const named = [...new Set(existing.flatMap((conflict) => conflict.claims.map((member) => member.claimId)))];
    if (named.length > 0) for (const claim of await context.store.getClaims(named)) if (claim) claims.set(claim.id, claim);

    const result = reconcile({ findings, existing, claims, rechecked: () => true, now: context.now().toISOString(), trigger: `a full rescan by ${actor.id}` });
    if (result.conflicts.length > 0) {
      await commitAndPublish(context, { conflicts: result.conflicts, history: result.history, expectedVersions: result.expectedVersions });
    }
    const after = new Map(existing.map((conflict) => [conflict.id, conflict]));
    for (const conflict of result.conflicts) after.set(conflict.id, conflict);
    return {
      conflicts: result.found,
      scannedClaims,
      newCount: result.counts.new,
      reopenedCount: result.counts.reopened,
      resolvedCount: result.counts.resolved,
      openCount: [...after.values()].filter((conflict) => conflict.status === 'OPEN').length,
    };
  });
}
