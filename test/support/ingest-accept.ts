// Ingest an article through GraphQL and accept the claims of some predicates, then read the conflicts they make:
// what the API tests of one predicate's conflicts between two sources share.
import { expect } from 'vitest';
import { testApp } from './app.js';
import { INGEST, type IngestView } from './ingest.js';

type Gql = Awaited<ReturnType<typeof testApp>>['gql'];

const ACCEPT = 'mutation($id: ID!) { acceptClaim(id: $id) { id status } }';
const CONFLICTS = '{ conflicts(first: 50) { nodes { rule explanation claims { claim { id text qualifiers { key value } } } } } }';

export interface ConflictView {
  rule: string;
  explanation: string;
  claims: Array<{ claim: { id: string; text: string; qualifiers: Array<{ key: string; value: string }> } }>;
}

export interface ArticleInput {
  url: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

/** Ingests `article` as an editor and accepts its claims of `predicates`, which it returns in the article's order. */
export async function ingestAndAccept(gql: Gql, article: ArticleInput, predicates: readonly string[]): Promise<IngestView['claims']> {
  const result = await gql<{ ingestArticle: IngestView }>(INGEST, { input: article }, { as: 'editor' });
  expect(result.errors).toBeUndefined();
  const claims = result.data!.ingestArticle.claims.filter((claim) => predicates.includes(claim.predicate.name));
  for (const claim of claims) expect((await gql(ACCEPT, { id: claim.id }, { as: 'editor' })).errors).toBeUndefined();
  return claims;
}

/** The graph's conflicts (the first 50), read without errors. */
export async function readConflicts(gql: Gql): Promise<ConflictView[]> {
  const result = await gql<{ conflicts: { nodes: ConflictView[] } }>(CONFLICTS);
  expect(result.errors).toBeUndefined();
  return result.data!.conflicts.nodes;
}

export interface TwoSources {
  gql: Gql;
  /** Each article's accepted claims of the predicates, in the article's order. */
  first: IngestView['claims'];
  second: IngestView['claims'];
}

/** A fresh unseeded app with two articles ingested and their claims of `predicates` accepted: what the two-source tests set up. */
export async function twoSources(first: ArticleInput, second: ArticleInput, predicates: readonly string[]): Promise<TwoSources> {
  const { gql } = await testApp({ seed: false });
  return { gql, first: await ingestAndAccept(gql, first, predicates), second: await ingestAndAccept(gql, second, predicates) };
}
