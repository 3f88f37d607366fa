// Use case: ingest an article: candidate claims read from its text, written in one commit; a re-ingest reports what changed.
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../domain/errors.js';
import type { Claim, Entity, HistoryEntry, Source } from '../domain/model.js';
import { extractCandidates } from '../ingest/extract.js';
import type { ChangeSet } from '../store/port.js';
import { commitAndPublish } from './commit.js';
import { detectOnWrite } from './conflicts/detect-on-write.js';
import type { Actor, AppContext } from './context.js';
import { EntityResolver } from './entity-resolver.js';
import { historyEntry } from './history.js';
import { buildCandidates } from './ingest/build-candidates.js';
import { parseIngestInput, type IngestInput } from './ingest/ingest-input.js';
import { reconcile, type Reconciliation } from './ingest/reconcile.js';
import { allEntities, claimsOfSource } from './ingest/store-reads.js';
import { newPeriods } from './new-periods.js';

export { MAX_ARTICLE_CHARS } from './ingest/ingest-input.js';

export interface IngestResult {
  source: Source;
  /** The claims this text states, as stored now: new, unchanged and moved. */
  claims: Claim[];
  newClaims: Claim[];
  unchangedClaims: Claim[];
  movedClaims: Claim[];
  /** Claims of this source the text no longer states: marked STALE, their old spans kept. */
  staleClaims: Claim[];
  /** Entities created for names the graph did not know, used by new candidates. */
  proposedEntities: Entity[];
  /** True when the URL was last ingested with exactly this text: nothing was read or written. */
  textUnchanged: boolean;
  /** Candidates found but refused by the claim builder, with the reason. */
  warnings: string[];
}

const hashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const byPosition = (sourceId: string) => (a: Claim, b: Claim): number =>
  (a.citations.find((c) => c.sourceId === sourceId)?.start ?? 0) - (b.citations.find((c) => c.sourceId === sourceId)?.start ?? 0);

/** The same text again: report the source's current claims, write nothing. */
async function unchangedResult(context: AppContext, source: Source): Promise<IngestResult> {
  const claims = (await claimsOfSource(context.store, source.id)).filter((c) => c.status === 'CANDIDATE' || c.status === 'ACCEPTED').sort(byPosition(source.id));
  return { source, claims, newClaims: [], unchangedClaims: claims, movedClaims: [], staleClaims: [], proposedEntities: [], textUnchanged: true, warnings: [] };
}

function historyOf(r: Reconciliation, actor: Actor, now: string, url: string): HistoryEntry[] {
  return [
    ...r.created.map((claim) => historyEntry(claim, null, claim, 'created', actor, now, `ingested from ${url}`)),
    ...r.revived.map(({ before, after }) => historyEntry(after, before, after, 'revived', actor, now, `stated again in ${url}`)),
    ...r.moved.map(({ before, after }) => historyEntry(after, before, after, 'moved', actor, now, `re-anchored in ${url}`)),
    ...r.stale.map(({ before, after }) => historyEntry(after, before, after, 'stale', actor, now, after.statusReason)),
  ];
}

async function ingest(context: AppContext, input: IngestInput, actor: Actor): Promise<IngestResult> {
  const now = context.now().toISOString();
  const contentHash = hashOf(input.text);
  const [stored] = await context.store.findSourcesByUrl([input.url]);
  if (stored?.contentHash === contentHash) return unchangedResult(context, stored);

  const resolver = new EntityResolver(context.store, now);
  await resolver.preload([], [input.url]);
  const sourceInput = { url: input.url, title: input.title, publisher: input.publisher, publishedAt: input.publishedAt };
  const source: Source = { ...resolver.source(sourceInput), contentHash };
  const candidates = extractCandidates(input.text, { publishedAt: source.publishedAt, entities: await allEntities(context.store) });
  // One article is one atomic batch, held to the same limit as addClaims.
  if (candidates.length > context.limits.maxBatchSize) {
    throw new DomainError(
      ErrorCode.BatchTooLarge,
      `the article yields ${candidates.length} candidate claims; one ingest holds at most ${context.limits.maxBatchSize} (split the article or raise CLAIMGRAPH_MAX_BATCH)`,
      ['input', 'text'],
    );
  }
  await resolver.preload(candidates.flatMap((c) => (c.object ? [c.subject, c.object] : [c.subject])), []);
  const built = buildCandidates(candidates, sourceInput, { registry: context.registry, resolver, now });
  const existing = stored ? await claimsOfSource(context.store, stored.id) : [];
  const r = reconcile({ text: input.text, sourceId: source.id, url: source.url, now, found: built.claims, existing });

  const used = new Set(r.created.flatMap((claim) => [claim.subjectId, claim.objectId]));
  const proposedEntities = resolver.createdEntities.filter((entity) => used.has(entity.id));
  const updated = [...r.revived, ...r.moved, ...r.stale];
  const changes: ChangeSet = {
    entities: proposedEntities,
    sources: [source],
    periods: await newPeriods(context, built.periods.filter((p) => r.created.some((c) => c.periodId === p.id))),
    claims: [...r.created, ...updated.map((u) => u.after)],
    history: historyOf(r, actor, now, source.url),
    expectedVersions: Object.fromEntries(updated.map(({ before }) => [before.id, before.version])),
  };
  // Candidates take no part in conflicts until accepted, but a claim marked stale may settle one.
  await commitAndPublish(context, await detectOnWrite(context, changes, actor));

  const movedClaims = r.moved.map((m) => m.after);
  const newClaims = [...r.created, ...r.revived.map((m) => m.after)].sort(byPosition(source.id));
  return {
    source,
    claims: [...newClaims, ...r.unchanged, ...movedClaims].sort(byPosition(source.id)),
    newClaims,
    unchangedClaims: r.unchanged,
    movedClaims,
    staleClaims: r.stale.map((s) => s.after),
    proposedEntities,
    textUnchanged: false,
    warnings: built.skipped.map((s) => `"${s.quote}": ${s.reason}`),
  };
}

/** Validates, then reads and writes under the write lock, so two ingests of one URL never interleave. */
export async function ingestArticle(context: AppContext, raw: unknown, actor: Actor): Promise<IngestResult> {
  const input = parseIngestInput(raw);
  return context.writeLock.run(() => ingest(context, input, actor));
}
