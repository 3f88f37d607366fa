// Property-based fuzzing through GraphQL: random and hostile arguments for every mutation, and for the value and period parsers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, isCompositeType, type GraphQLField } from 'graphql';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { testApp } from '../support/app.js';
import { argumentsFor, hostileString } from '../support/hostile-inputs.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());
// About 15 s for the whole file on a 2-core machine; FUZZ_RUNS=2000 for a longer hunt.
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 150);

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }`: every argument goes through variable coercion. */
function documentFor(field: GraphQLField<unknown, unknown>, present: readonly string[]): string {
  const used = field.args.filter((argument) => present.includes(argument.name));
  const variables = used.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const passed = used.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

type Harness = Awaited<ReturnType<typeof testApp>>;

/** One request and what must hold of any answer: no 5xx, every error coded, nothing internal shown, nothing written by a refusal. */
async function checkedCall(harness: Harness, query: string, variables: Record<string, unknown>, field: string): Promise<void> {
  const before = await harness.store.counts();
  const response = await harness.yoga.fetch('http://claimgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer test-admin-key' },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status, query).toBeLessThan(500);
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  for (const error of body.errors ?? []) {
    const context = `${field} ${JSON.stringify(variables).slice(0, 300)} -> ${JSON.stringify(error).slice(0, 300)}`;
    expect(typeof error.extensions?.code, context).toBe('string');
    // A masked internal error is still a crash on bad input: hostile input must get a domain or request error.
    expect(error.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message, context).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  }
  if (body.errors?.length && (body.data == null || body.data[field] == null)) {
    expect(await harness.store.counts(), `a refused ${field} wrote something`).toEqual(before);
  }
}

describe('fuzzing every mutation through GraphQL', () => {
  let dataDir: string;
  let harness: Harness;
  let known: string[];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimgraph-fuzz-'));
    // A journaled store, so the end of the run can check the data directory still opens.
    harness = await testApp({ store: new MemoryStore({ dataDir }) });
    const ids = await harness.gql('{ claims(first: 5) { nodes { id subject { id name } } } entities(first: 5) { nodes { id name } } }');
    known = [
      ...ids.data!.claims.nodes.flatMap((claim: { id: string; subject: { id: string } }) => [claim.id, claim.subject.id]),
      ...ids.data!.entities.nodes.flatMap((entity: { id: string; name: string }) => [entity.id, entity.name]),
    ];
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  for (const field of mutations) {
    it(`${field.name}: no 5xx, every error coded, no partial write`, async () => {
      await fc.assert(
        fc.asyncProperty(argumentsFor(field.args, known), async (args) => {
          await checkedCall(harness, documentFor(field, Object.keys(args)), args, field.name);
        }),
        { numRuns: RUNS_PER_MUTATION },
      );
    });
  }

  it('addClaims: a batch with one hostile claim anywhere writes none of it', async () => {
    const good = (i: number) => ({
      text: `Fuzzco holds ${i}% of the fuzz market.`,
      subject: `Fuzzco ${i}`,
      predicate: 'market_share',
      object: 'fuzz market',
      value: `${i}%`,
      period: '2025',
      source: { url: `https://example.com/fuzz/${i}` },
    });
    const hostileClaim = fc.record({ value: hostileString(), period: hostileString(), predicate: hostileString(), text: hostileString() }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 6 }), fc.nat(), hostileClaim, async (size, at, overrides) => {
        const input = Array.from({ length: size }, (_, i) => good(i + 1));
        const index = at % size;
        input[index] = { ...input[index]!, ...overrides };
        const before = await harness.store.counts();
        const reply = await harness.gql('mutation($input: [ClaimInput!]!) { addClaims(input: $input) { createdCount } }', { input });
        if (reply.errors) {
          expect(reply.errors[0]!.extensions!.field?.[0]).toBe('input');
          expect(await harness.store.counts()).toEqual(before);
        }
      }),
      { numRuns: RUNS_PER_MUTATION },
    );
  });

  it('the journaled store still opens afterwards, with everything the run wrote', async () => {
    const counts = await harness.store.counts();
    await harness.store.close();
    const reopened = new MemoryStore({ dataDir });
    await reopened.open();
    expect(await reopened.counts()).toEqual(counts);
    await reopened.close();
  });
});
