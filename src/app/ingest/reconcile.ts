// Compares a new reading of an article with the claims already citing it: which are new, unchanged, moved, or gone (stale).
import type { Citation, Claim } from '../../domain/model.js';
import { anchorOf } from '../../ingest/anchor.js';

/** Claims a re-ingest may move or mark stale; rejected and retracted ones keep their verdict. */
const ACTIVE: ReadonlySet<Claim['status']> = new Set(['CANDIDATE', 'ACCEPTED']);

export interface Reconciliation {
  /** Claims to create. */
  created: Claim[];
  /** Stale claims the text states again: candidates once more, at their new place. */
  revived: Array<{ before: Claim; after: Claim }>;
  unchanged: Claim[];
  moved: Array<{ before: Claim; after: Claim }>;
  stale: Array<{ before: Claim; after: Claim }>;
}

export interface ReconcileInput {
  text: string;
  sourceId: string;
  url: string;
  now: string;
  /** Fresh candidates read from the text, in text order, one per fingerprint. */
  found: readonly Claim[];
  /** Every claim already citing the source. */
  existing: readonly Claim[];
}

const citationOf = (claim: Claim, sourceId: string): Citation | undefined => claim.citations.find((c) => c.sourceId === sourceId);
const samePlace = (a: Citation | undefined, b: Citation | undefined): boolean => a?.start === b?.start && a?.end === b?.end && a?.quote === b?.quote;

function withCitation(claim: Claim, citation: Citation, now: string): Claim {
  const citations = claim.citations.map((c) => (c.sourceId === citation.sourceId ? citation : c));
  return { ...claim, citations, updatedAt: now, version: claim.version + 1 };
}

/** How many characters two contexts share next to the quote: a common ending for prefixes, a common beginning for suffixes. */
function agreement(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  while (n < a.length && n < b.length && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n += 1;
  return n;
}

/**
 * Where a quote now stands, as a W3C text-quote selector is re-anchored: among its occurrences, the one whose
 * surroundings best match the old prefix and suffix, then the one nearest the old offset. Null when it is gone.
 */
export function relocate(text: string, old: Citation): Citation | null {
  if (!old.quote) return null;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let start = text.indexOf(old.quote); start >= 0; start = text.indexOf(old.quote, start + 1)) {
    const end = start + old.quote.length;
    const prefix = text.slice(Math.max(0, start - (old.prefix?.length ?? 0)), start);
    const suffix = text.slice(end, end + (old.suffix?.length ?? 0));
    const score = agreement(prefix, old.prefix ?? '', true) + agreement(suffix, old.suffix ?? '', false);
    const distance = Math.abs(start - (old.start ?? 0));
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start, score, distance };
  }
  if (!best) return null;
  return { ...old, ...anchorOf(text, best.start, best.start + old.quote.length) };
}

export function reconcile(input: ReconcileInput): Reconciliation {
  const { sourceId, now } = input;
  const result: Reconciliation = { created: [], revived: [], unchanged: [], moved: [], stale: [] };
  const byFingerprint = new Map(input.existing.map((claim) => [claim.fingerprint, claim] as const));
  const unmatched = new Set(input.existing.filter((claim) => ACTIVE.has(claim.status) || claim.status === 'REJECTED'));

  const keep = (before: Claim, citation: Citation): void => {
    unmatched.delete(before);
    if (samePlace(citationOf(before, sourceId), citation)) result.unchanged.push(before);
    else result.moved.push({ before, after: withCitation(before, citation, now) });
  };

  for (const claim of input.found) {
    const citation = citationOf(claim, sourceId)!;
    const same = byFingerprint.get(claim.fingerprint);
    if (same && unmatched.has(same)) keep(same, citation);
    else if (same?.status === 'STALE') {
      result.revived.push({ before: same, after: { ...withCitation(same, citation, now), status: 'CANDIDATE', statusReason: null } });
    } else if (same) result.unchanged.push(same);
    else {
      // Reviewed with edits, a claim no longer has the fingerprint it was read with; its words still identify it.
      const edited = [...unmatched].find((c) => c.predicate === claim.predicate && citationOf(c, sourceId)?.quote === citation.quote);
      if (edited) keep(edited, citation);
      else result.created.push(claim);
    }
  }

  for (const before of unmatched) {
    const old = citationOf(before, sourceId);
    const found = old ? relocate(input.text, old) : null;
    if (found) keep(before, found);
    else if (old?.quote && ACTIVE.has(before.status)) {
      const reason = `no longer in the text of ${input.url} (re-ingested ${now.slice(0, 10)})`;
      result.stale.push({ before, after: { ...before, status: 'STALE', statusReason: reason, updatedAt: now, version: before.version + 1 } });
    } else result.unchanged.push(before);
  }
  return result;
}
