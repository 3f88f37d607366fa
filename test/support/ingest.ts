// Ingestion through GraphQL for tests: the mutation, the claim fields it returns, and the checks every anchor must pass.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ComparableClaim } from '../../bench/ingest-match.js';
import type { Quantity } from '../../src/domain/quantity.js';

export const CLAIM = `id text status statusReason version predicate { name } subject { name kind } object { name kind }
  value { text unit lower upper lowerInclusive upperInclusive statedLower statedUpper approx tolerance }
  period { start end label precision } periodText qualifiers { key value } negated
  anchor { quote start end prefix suffix } citations { quote start end prefix suffix source { url } }`;

export const INGEST = `mutation Ingest($input: IngestInput!) { ingestArticle(input: $input) {
  source { id url title publisher publishedAt contentHash }
  newCount unchangedCount movedCount staleCount textUnchanged warnings
  proposedEntities { name kind }
  claims { ${CLAIM} } newClaims { ${CLAIM} } unchangedClaims { id } movedClaims { ${CLAIM} } staleClaims { ${CLAIM} } } }`;

export interface ClaimView {
  id: string;
  text: string;
  status: string;
  statusReason: string | null;
  version: number;
  predicate: { name: string };
  subject: { name: string; kind: string };
  object: { name: string; kind: string } | null;
  value: (Omit<Quantity, 'text'> & { text: string }) | null;
  period: { start: string | null; end: string | null; label: string; precision: string } | null;
  periodText: string | null;
  qualifiers: Array<{ key: string; value: string }>;
  negated: boolean;
  anchor: { quote: string; start: number; end: number; prefix: string; suffix: string };
  citations: Array<{ quote: string; start: number; end: number; prefix: string; suffix: string; source: { url: string } }>;
}

export interface IngestView {
  source: { id: string; url: string; title: string | null; publisher: string | null; publishedAt: string | null; contentHash: string | null };
  newCount: number;
  unchangedCount: number;
  movedCount: number;
  staleCount: number;
  textUnchanged: boolean;
  warnings: string[];
  proposedEntities: Array<{ name: string; kind: string }>;
  claims: ClaimView[];
  newClaims: ClaimView[];
  unchangedClaims: Array<{ id: string }>;
  movedClaims: ClaimView[];
  staleClaims: ClaimView[];
}

export const article = (name: string): string => readFileSync(new URL(`../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');

/** Every anchor points at its quote in the original text, with up to 32 characters of context either side. */
export function expectAnchorsRoundTrip(text: string, claims: readonly ClaimView[]): void {
  for (const claim of claims) {
    const { quote, start, end, prefix, suffix } = claim.anchor;
    expect(text.slice(start, end), claim.text).toBe(quote);
    expect(prefix, claim.text).toBe(text.slice(Math.max(0, start - 32), start));
    expect(suffix, claim.text).toBe(text.slice(end, end + 32));
    expect(quote.length, claim.text).toBeLessThanOrEqual(200);
  }
}

export const comparableView = (claim: ClaimView): ComparableClaim => ({
  subject: claim.subject.name,
  predicate: claim.predicate.name,
  object: claim.object?.name ?? null,
  value: claim.value as Quantity | null,
  period: claim.period,
  text: claim.text,
  quote: claim.anchor.quote,
});

/** The one claim with this subject, predicate and (if given) value text; fails loudly when there is none or several. */
export function only(claims: readonly ClaimView[], subject: string, predicate: string, value?: string): ClaimView {
  const found = claims.filter((c) => c.subject.name === subject && c.predicate.name === predicate && (value === undefined || c.value?.text === value));
  expect(found.map((c) => c.text), `${subject} ${predicate} ${value ?? ''}`).toHaveLength(1);
  return found[0]!;
}
