// The GraphiQL page over HTTP: it opens with the first query, and loads its assets from this server, not a CDN.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../support/http-server.js';

describe('the GraphiQL page', () => {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    http = await startHttpServer();
  });
  afterAll(() => http.close());

  it('references only local assets, and each is served', async () => {
    const html = await (await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('ClaudeCodeClaims');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).not.toContain('unpkg.com');
    const assets = [...html.matchAll(/\/graphiql-assets\/[A-Za-z0-9./_-]+\.(?:js|css)/g)].map((match) => match[0]);
    expect(new Set(assets).size).toBe(5);
    for (const asset of new Set(assets)) {
      const response = await fetch(`${http.base}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(Number(response.headers.get('content-length') ?? (await response.arrayBuffer()).byteLength)).toBeGreaterThan(1_000);
    }
  });

  it('serves nothing else from node_modules', async () => {
    for (const path of ['/graphiql-assets/../package.json', '/graphiql-assets/package.json', '/graphiql-assets/%2e%2e/%2e%2e/package.json']) {
      expect((await fetch(`${http.base}${path}`)).status, path).toBe(404);
    }
  });
});
