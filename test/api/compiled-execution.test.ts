// Compiled execution (graphql-jit) answers like graphql-js: bad variables keep graphql-js's error, queries their data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

describe('compiled execution', () => {
  let harness: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    harness = await testApp();
  });
  afterAll(async () => {
    await harness.store.close?.();
  });

  async function post(query: string, variables: Record<string, unknown>) {
    const response = await harness.yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Bearer test-admin-key' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("answers a bad variable with graphql-js's error: wording, location, 400 and code", async () => {
    const answer = await post('query Q($id: ID!) { claim(id: $id) { id } }', { id: {} });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: 'Variable "$id" got invalid value {}; ID cannot represent value: {}',
          locations: [{ line: 1, column: 9 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
  });

  it('runs a query with variables to the same data as a literal', async () => {
    const page = await post('query Q($n: Int!) { claims(first: $n) { nodes { id subject { name } } } }', { n: 3 });
    const literal = await post('{ claims(first: 3) { nodes { id subject { name } } } }', {});
    expect(page.status).toBe(200);
    expect(page.body).toEqual(literal.body);
    expect((page.body.data as { claims: { nodes: unknown[] } }).claims.nodes).toHaveLength(3);
  });
});
