// The service over real HTTP: GraphiQL with the first query, health and readiness, GraphQL POST and GET.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/api/server.js';
import { FIRST_QUERY } from '../../src/api/first-query.js';
import { testApp } from '../support/app.js';

describe('over HTTP', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const { app } = await testApp();
    server = createHttpServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves GraphiQL at /graphql with the first query preloaded', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).toContain('ClaudeCodeClaims');
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('runs the first query and returns Claude Code claims with sources and periods', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: FIRST_QUERY }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { entity: { name: string; maker: { name: string }; claims: { totalCount: number; nodes: any[] } } } };
    expect(body.data.entity.name).toBe('Claude Code');
    expect(body.data.entity.maker.name).toBe('Anthropic');
    expect(body.data.entity.claims.totalCount).toBeGreaterThanOrEqual(5);
    expect(body.data.entity.claims.nodes.every((n: any) => n.citations[0].source.url.startsWith('https://'))).toBe(true);
    expect(body.data.entity.claims.nodes.some((n: any) => n.period?.label === 'early 2026')).toBe(true);
  });

  it('answers GET queries, and refuses mutations over GET', async () => {
    // A GraphQL GET is a "simple" request a browser could forge cross-site: it must carry the CSRF header.
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { claims } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(((await get.json()) as any).data.stats.claims).toBeGreaterThan(0);
    const mutation = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { retractClaim(id: "x", reason: "y") { id } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(mutation.status).toBe(405);
  });

  it('masks unexpected errors', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims(filter: { period: "Q5 2025" }) { totalCount } }' }),
    });
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('claim.period.unparseable');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });
});
