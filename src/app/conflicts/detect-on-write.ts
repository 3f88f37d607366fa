// Incremental conflict detection: adds to a use case's change set the conflicts its claims create or settle.
import { ConflictDetection, takesPart } from '../../domain/conflicts/index.js';
import type { Claim, Conflict, Period } from '../../domain/model.js';
import type { ChangeSet } from '../../store/port.js';
import type { Actor, AppContext } from '../context.js';
import { comparesMeetingPairsOnly, uniqueKeys } from './keys.js';
import { reconcile } from './reconcile.js';
import { MARKET_RULES, STATEMENT_RULES, detectionScope, fetchScoped, periodLookup, withSemantics } from './scope.js';
import { ViewLoader } from './views.js';

/** Merges detection's records into the change set, so they are committed with it, atomically. */
function withConflicts(changes: ChangeSet, added: ReturnType<typeof reconcile>): ChangeSet {
  if (added.conflicts.length === 0) return changes;
  return {
    ...changes,
    conflicts: [...(changes.conflicts ?? []), ...added.conflicts],
    history: [...(changes.history ?? []), ...added.history],
    expectedVersions: { ...(changes.expectedVersions ?? {}), ...added.expectedVersions },
  };
}

const unique = (conflicts: readonly Conflict[]): Conflict[] => [...new Map(conflicts.map((conflict) => [conflict.id, conflict])).values()];

/**
 * Given the change set a use case is about to commit, returns it with the conflicts found, re-opened,
 * refreshed or resolved by its claims added (and their history entries), so they are written in the same
 * commit. Call it inside the WriteLock, just before `store.commit`. Store calls: one getClaims, one
 * claimsByKey and one getPeriods per round of fetchScoped (one, unless a market's periods chain beyond
 * the written ones), at most three for names and periods, one conflictsOfClaims.
 */
export async function detectOnWrite(context: AppContext, changes: ChangeSet, actor: Actor): Promise<ChangeSet> {
  const written = changes.claims ?? [];
  if (written.length === 0) return changes;
  const before = await context.store.getClaims(written.map((claim) => claim.id));
  // A candidate edited or ingested changes nothing until a person accepts it; any change of status may settle a flag.
  const affected = written.filter((claim, index) => {
    const previous = before[index];
    return takesPart({ claim }) || (previous !== null && previous !== undefined && (takesPart({ claim: previous }) || previous.status !== claim.status));
  });
  if (affected.length === 0) return changes;
  const affectedIds = new Set(affected.map((claim) => claim.id));
  const previousVersions = before.filter((claim): claim is Claim => claim !== null && affectedIds.has(claim.id));
  // Periods are read once each, however many of the steps below ask: the pending write's first, then the store's.
  const knownPeriods = new Map((changes.periods ?? []).map((period) => [period.id, period]));

  // Old keys too: a claim that moved (new subject, market or predicate) may leave a conflict behind it.
  const seeds = [...affected, ...previousVersions];
  const { keys, fetched: perKey } = await fetchScoped(
    uniqueKeys(seeds, context.registry),
    seeds,
    async (keys) => (keys.length > 0 ? context.store.claimsByKey(keys) : []),
    async (claims) => periodLookup(await readPeriods(context, claims, knownPeriods)),
    (predicate) => comparesMeetingPairsOnly(predicate, context.registry),
  );
  const current = new Map(perKey.flat().map((claim) => [claim.id, claim]));
  for (const claim of written) if (current.has(claim.id) || affectedIds.has(claim.id)) current.set(claim.id, claim);

  // Of a statement, only the claims whose periods meet the written ones' (whole, for event dates); of a market,
  // only those whose periods connect to them (see fetchScoped, detectionScope): a write's cost does not grow
  // with the number of periods a statement or market is stated for.
  const periods = await readPeriods(context, [...current.values(), ...previousVersions], knownPeriods);
  const scope = detectionScope(keys, perKey, current, affected, previousVersions, periodLookup(periods));
  // Views as a rescan makes them (ViewLoader 'when-read'): periods for every claim compared, names and source
  // labels only for the claims a finding names. A batch compares thousands of claims and finds a handful.
  const views = new ViewLoader(context, 'when-read', changes);
  const viewOf = (claim: Claim, periodId: string | null) => views.viewOf(claim, periodId);
  const lookup = (name: string) => context.registry.get(name);
  // Each pass runs only its own rules (withSemantics), so its findings need no filtering by rule afterwards.
  const statementPass = new ConflictDetection<Claim>(withSemantics(lookup, ['FUNCTIONAL', 'PERIOD_TOTAL', 'EVENT', 'POLARITY']), viewOf);
  const marketPass = new ConflictDetection<Claim>(withSemantics(lookup, ['ADDITIVE_SHARE', 'EXCLUSIVE']), viewOf);
  const statementIds = new Set<string>();
  const marketIds = new Set<string>();
  const compare = (claims: readonly Claim[], pass: ConflictDetection<Claim>, ids: Set<string>) => {
    for (const claim of claims) {
      if (!takesPart({ claim })) continue;
      ids.add(claim.id);
      if (pass.add(claim, claim)) views.note(claim);
    }
  };
  compare(scope.statement, statementPass, statementIds);
  compare(scope.market, marketPass, marketIds);
  await views.load();
  let statementFindings = statementPass.findings();
  let marketFindings = marketPass.findings();
  if (await views.loadNamesRead()) {
    statementFindings = statementPass.findingsAgain();
    marketFindings = marketPass.findingsAgain();
  }
  views.checkNamesLoaded();
  const findings = [...statementFindings, ...marketFindings].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const existing = unique((await context.store.conflictsOfClaims([...new Set([...affectedIds, ...statementIds, ...marketIds])])).flat());

  const added = reconcile({
    findings,
    existing,
    claims: current,
    // A conflict whose claims all lie in a scope that was compared whole for its rule was re-checked.
    rechecked: (conflict) =>
      conflict.claims.some((member) => affectedIds.has(member.claimId)) ||
      (STATEMENT_RULES.has(conflict.rule) && conflict.claims.every((member) => statementIds.has(member.claimId))) ||
      (MARKET_RULES.has(conflict.rule) && conflict.claims.every((member) => marketIds.has(member.claimId))),
    now: context.now().toISOString(),
    trigger: `a write by ${actor.id}`,
  });
  return withConflicts(changes, added);
}

/** Adds the periods of these claims that `known` lacks, in one store call; returns `known`. */
async function readPeriods(context: AppContext, claims: readonly Claim[], known: Map<string, Period>): Promise<Map<string, Period>> {
  const missing = new Set<string>();
  for (const claim of claims) if (claim.periodId && !known.has(claim.periodId)) missing.add(claim.periodId);
  if (missing.size > 0) for (const period of await context.store.getPeriods([...missing])) if (period) known.set(period.id, period);
  return known;
}
