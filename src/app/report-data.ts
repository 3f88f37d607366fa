// Read use case for the fact-check report: one source's, entity's or claim's claims, with verdicts, conflicts and corroborations.
import { independentSourceCount } from '../domain/conflicts/index.js';
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim, Conflict, Entity, Source } from '../domain/model.js';
import type { ClaimFilter } from '../store/port.js';
import { corroborationsOf } from './conflicts/corroborations.js';
import type { AppContext } from './context.js';
import { claimsMatching, currentFirst, loadExportedClaims, type ExportedClaim } from './export-data.js';
import { entityIdsForNames, findEntityByName } from './lookups.js';

export type ReportScope = { kind: 'source'; source: Source } | { kind: 'entity'; entity: Entity } | { kind: 'claim'; claim: Claim };

export interface ReportConflict {
  conflict: Conflict;
  /** The conflict's claims in its own order, including those outside the report's scope. */
  members: ExportedClaim[];
}

export interface Corroboration {
  /** Accepted claims from other sources that say the same thing. */
  claims: ExportedClaim[];
  /** Distinct sources among the claim and its corroborations. */
  independentSourceCount: number;
}

export interface FactCheckReportData {
  scope: ReportScope;
  generatedAt: string;
  /** Current claims first. */
  claims: ExportedClaim[];
  conflicts: ReportConflict[];
  /** By claim id; claims nobody corroborates are absent. */
  corroborations: Map<string, Corroboration>;
}

export interface ReportRequest {
  /** A source URL (or id). */
  source?: string | null;
  /** An entity name or alias. */
  entity?: string | null;
  /** A claim id. */
  claim?: string | null;
}

async function resolveScope(context: AppContext, request: ReportRequest): Promise<{ scope: ReportScope; filter: ClaimFilter }> {
  const given = (['source', 'entity', 'claim'] as const).filter((key) => request[key]?.trim());
  if (given.length !== 1) {
    throw new DomainError(ErrorCode.InputInvalid, 'name exactly one of source (a URL), entity (a name) or claim (an id)', [given[1] ?? 'source']);
  }
  const key = given[0]!;
  const value = request[key]!.trim();
  if (key === 'source') {
    const [byUrl] = await context.store.findSourcesByUrl([value]);
    const source = byUrl ?? (await context.store.getSources([value]))[0];
    if (!source) throw new DomainError(ErrorCode.SourceNotFound, `no source at ${value}`, ['source']);
    return { scope: { kind: 'source', source }, filter: { sourceIds: [source.id] } };
  }
  if (key === 'entity') {
    const entity = await findEntityByName(context, value);
    if (!entity) throw new DomainError(ErrorCode.EntityNotFound, `no entity named "${value}"`, ['entity']);
    return { scope: { kind: 'entity', entity }, filter: { entityIds: await entityIdsForNames(context, [entity.name]) } };
  }
  const [claim] = await context.store.getClaims([value]);
  if (!claim) throw new DomainError(ErrorCode.ClaimNotFound, `no claim with id ${value}`, ['claim']);
  return { scope: { kind: 'claim', claim }, filter: { ids: [claim.id] } };
}

/** Loads the claims not already at hand (members of conflicts outside the scope, corroborating claims). */
async function withMissing(context: AppContext, known: Map<string, ExportedClaim>, claims: readonly Claim[]): Promise<void> {
  const missing = [...new Map(claims.filter((claim) => !known.has(claim.id)).map((claim) => [claim.id, claim])).values()];
  for (const item of await loadExportedClaims(context, missing)) known.set(item.claim.id, item);
}

export async function factCheckReportData(context: AppContext, request: ReportRequest): Promise<FactCheckReportData> {
  const { scope, filter } = await resolveScope(context, request);
  const claims = currentFirst(await loadExportedClaims(context, await claimsMatching(context, filter)));
  const known = new Map(claims.map((item) => [item.claim.id, item]));

  const conflictList = [...new Map(claims.flatMap((item) => item.conflicts).map((conflict) => [conflict.id, conflict])).values()];
  const memberIds = [...new Set(conflictList.flatMap((conflict) => conflict.claims.map((member) => member.claimId)))].filter((id) => !known.has(id));
  const members = memberIds.length > 0 ? (await context.store.getClaims(memberIds)).filter((claim): claim is Claim => claim !== null) : [];
  const corroborating = await corroborationsOf(context.store, claims.map((item) => item.claim));
  await withMissing(context, known, [...members, ...corroborating.flat()]);

  const corroborations = new Map<string, Corroboration>();
  claims.forEach((item, index) => {
    const others = corroborating[index] ?? [];
    if (others.length === 0) return;
    corroborations.set(item.claim.id, {
      claims: others.map((claim) => known.get(claim.id)!),
      independentSourceCount: independentSourceCount({ claim: item.claim, period: null }, others.map((claim) => ({ claim, period: null }))),
    });
  });
  return {
    scope,
    generatedAt: context.now().toISOString(),
    claims,
    conflicts: conflictList
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((conflict) => ({ conflict, members: conflict.claims.flatMap((member) => known.get(member.claimId) ?? []) })),
    corroborations,
  };
}
