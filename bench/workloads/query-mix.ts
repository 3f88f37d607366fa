// The query mix: request bodies for the four shapes, with variables sampled from a loaded graph over its own API.
import { CLAIM_BY_ID, ENTITY_CLAIMS, HAS_CONFLICT_LIST, OPEN_CONFLICTS, PATH } from './query-shapes.js';
import { graphql } from '../lib/server-process.js';
import { variablesKey, type RecordedAnswers } from './static-server.js';

interface Sampled {
  claimIds: string[];
  entityNames: string[];
  pathPairs: Array<[string, string]>;
}

const SAMPLE_COMPANIES = `query Sample($first: Int) {
  entities(kind: COMPANY, first: $first) {
    nodes { name products { name } claims(predicate: "market_share", first: 3) { nodes { id object { name } } } }
  }
}`;

interface SampleData {
  entities: { nodes: Array<{ name: string; products: Array<{ name: string }>; claims: { nodes: Array<{ id: string; object: { name: string } | null }> } }> };
}

/** Companies with their products and markets: claim ids, entity names, and product-to-market pairs (two hops: maker, share). */
export async function sampleVariables(url: string, companies = 200): Promise<Sampled> {
  const data = await graphql<SampleData>(url, SAMPLE_COMPANIES, { first: companies });
  const sampled: Sampled = { claimIds: [], entityNames: [], pathPairs: [] };
  for (const company of data.entities.nodes) {
    sampled.entityNames.push(company.name);
    for (const claim of company.claims.nodes) {
      sampled.claimIds.push(claim.id);
      if (claim.object) sampled.entityNames.push(claim.object.name);
      const product = company.products[0];
      if (product && claim.object) sampled.pathPairs.push([product.name, claim.object.name]);
    }
  }
  return sampled;
}

export interface MixRequest {
  name: string;
  body: string;
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** Round-robin over the shapes, `perShape` variants each, so every connection runs the whole mix. */
export function mixRequests(sampled: Sampled, perShape = 50): MixRequest[] {
  const requests: MixRequest[] = [];
  for (let i = 0; i < perShape; i++) {
    const pick = <T>(items: T[]) => items[i % items.length]!;
    requests.push({ name: 'claim', body: body(CLAIM_BY_ID, { id: pick(sampled.claimIds) }) });
    requests.push({ name: 'entityClaims', body: body(ENTITY_CLAIMS, { name: pick(sampled.entityNames), first: 20 }) });
    if (HAS_CONFLICT_LIST) requests.push({ name: 'openConflicts', body: body(OPEN_CONFLICTS, { first: 20 }) });
    const [from, to] = pick(sampled.pathPairs);
    requests.push({ name: 'path', body: body(PATH, { from, to }) });
  }
  return requests;
}

/**
 * The service's answer to every distinct request of the mix, by root field and variables: the baseline's static
 * objects. Fails on any GraphQL error, so throughput is never measured on error responses.
 */
export async function recordAnswers(url: string, requests: readonly MixRequest[]): Promise<RecordedAnswers> {
  const answers: RecordedAnswers = {};
  for (const request of requests) {
    const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
    const data = await graphql<Record<string, unknown>>(url, query, variables);
    for (const [field, value] of Object.entries(data)) (answers[field] ??= {})[variablesKey(variables)] = value;
  }
  return answers;
}

/** Fails unless both servers answer every request with the same JSON: the comparison is then only about how. */
export async function verifySameAnswers(url: string, baselineUrl: string, requests: readonly MixRequest[]): Promise<void> {
  for (const request of requests) {
    const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
    const [mine, theirs] = await Promise.all([graphql(url, query, variables), graphql(baselineUrl, query, variables)]);
    if (JSON.stringify(mine) !== JSON.stringify(theirs)) throw new Error(`${request.name}: the baseline's answer differs from the service's`);
  }
}
