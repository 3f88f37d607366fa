// Reading the graph through GraphQL: filters, pagination, node refetch, paths, and bounded store calls per request.
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';

describe('traversal', () => {
  it('filters claims by subject, object, predicate, source, period and text', async () => {
    const { gql } = await testApp();
    const count = async (filter: string) => (await gql(`{ claims(filter: ${filter}) { totalCount } }`)).data!.claims.totalCount as number;
    expect(await count('{ subject: "claude code" }')).toBeGreaterThanOrEqual(5);
    expect(await count('{ object: "enterprise LLM market", predicate: "market_share" }')).toBe(3);
    expect(await count('{ entity: "enterprise llm api market" }')).toBe(4);
    expect(await count('{ source: "https://example.org/claimgraph/seed-article", subject: "Codex" }')).toBe(2);
    expect(await count('{ period: "February 2026", predicate: "released_on" }')).toBe(2);
    expect(await count('{ period: "2024" }')).toBe(0);
    expect(await count('{ text: "run rate", subject: "Claude Code" }')).toBe(3);
    expect(await count('{ subject: "Nobody Inc" }')).toBe(0);
  });

  it('pages a connection with cursors to the end, each claim once', async () => {
    const { gql } = await testApp();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const result: any = await gql('query($after: String) { claims(first: 4, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      const connection: any = result.data!.claims;
      total = connection.totalCount;
      seen.push(...connection.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await gql('{ claims(first: 1000) { totalCount } }');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'page.size.invalid', field: ['first'] });
    const forged = await gql('{ claims(after: "Zm9yZ2Vk") { totalCount } }');
    expect(forged.errors?.[0]?.extensions?.code).toBe('page.cursor.invalid');
  });

  it('refetches any node by its global id', async () => {
    const { gql } = await testApp();
    const entity = await gql('{ entity(name: "Anthropic") { id claims(first: 1) { nodes { id period { id } citations { source { id } } } } } }');
    const claim = entity.data!.entity.claims.nodes[0];
    for (const [id, type] of [
      [entity.data!.entity.id, 'Entity'],
      [claim.id, 'Claim'],
      [claim.citations[0].source.id, 'Source'],
    ]) {
      const node = await gql('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(node.data!.node).toEqual({ __typename: type, id });
    }
    expect((await gql('{ node(id: "xyz") { id } }')).data!.node).toBeNull();
  });

  it('finds how two entities are connected, through claims and makers', async () => {
    const { gql } = await testApp();
    const result: any = await gql(`{ path(from: "Claude Code", to: "OpenAI", maxHops: 4) {
      length entities { name } steps { via from { name } to { name } claim { predicate { name } } } } }`);
    expect(result.errors).toBeUndefined();
    const paths = result.data!.path;
    expect(paths.length).toBeGreaterThan(0);
    const shortest = Math.min(...paths.map((p: { length: number }) => p.length));
    expect(paths.every((p: { length: number }) => p.length === shortest)).toBe(true);
    for (const path of paths) {
      expect(path.entities[0].name).toBe('Claude Code');
      expect(path.entities.at(-1).name).toBe('OpenAI');
      path.steps.forEach((step: { from: { name: string } }, index: number) => expect(step.from.name).toBe(path.entities[index].name));
    }
    const unknown = await gql('{ path(from: "Claude Code", to: "Nobody") { length } }');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'entity.not_found', field: ['to'] });
  });

  it('costs a number of store calls bounded by query depth, not by result size', async () => {
    const { gql, counter } = await testApp();
    const query = `{ entities(first: 50) { nodes { name maker { name } products { name }
      claims(first: 10) { nodes { text subject { name } object { name } period { label } citations { source { url } } } } } } }`;
    counter.reset();
    const small = await gql(query);
    expect(small.errors).toBeUndefined();
    const callsBefore = counter.total();
    // Grow the graph tenfold in entities and claims, then ask the same question.
    const source = { url: 'https://example.com/bulk' };
    const input = Array.from({ length: 200 }, (_, i) => ({
      text: `Company ${i} holds ${i % 50}% of market ${i % 7}.`,
      subject: `Company ${i}`,
      predicate: 'market_share',
      object: `market ${i % 7}`,
      value: `${i % 50}%`,
      period: '2025',
      source,
    }));
    const added = await gql('mutation($input: [ClaimInput!]!) { addClaims(input: $input) { createdCount } }', { input });
    expect(added.data!.addClaims.createdCount).toBe(200);
    counter.reset();
    const large = await gql(query);
    expect(large.data!.entities.nodes.length).toBeGreaterThan(small.data!.entities.nodes.length);
    expect(counter.total()).toBeLessThanOrEqual(callsBefore);
    expect(counter.calls.get('listClaims')).toBe(1);
  });
});
