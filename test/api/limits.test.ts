// Request limits over HTTP: depth, cost, aliases, tokens, directives, body size, batch size, timeout, CSRF, introspection, suggestions, masking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/app/context.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { postStreamed, startHttpServer } from '../support/http-server.js';

const ADMIN = { authorization: 'Bearer test-admin-key' };

describe('query shape limits (defaults)', () => {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    http = await startHttpServer();
  });
  afterAll(() => http.close());

  const refused = async (query: string, code: string) => {
    const reply = await http.post(query);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body.errors![0]!.extensions!.code).toBe(code);
    expect(reply.body.data).toBeUndefined();
    return reply;
  };

  it('passes the README queries', async () => {
    const reply = await http.post(`{ path(from: "Claude Code", to: "OpenAI") { length steps { via from { name } to { name } claim { text } } } }`);
    expect(reply.body.errors).toBeUndefined();
  });

  it('refuses a query deeper than 10', async () => {
    const deep = '{ entity(name: "Claude Code") { maker { maker { maker { maker { maker { maker { maker { maker { maker { maker { name } } } } } } } } } } } }';
    const reply = await refused(deep, 'request.depth_limit');
    expect(reply.body.errors![0]!.message).toContain('depth limit of 10');
  });

  it('refuses a query costing more than 100,000 (lists multiply by their page size)', async () => {
    await refused('{ entities(first: 500) { nodes { claims(first: 500) { nodes { text subject { name } } } } } }', 'request.cost_limit');
  });

  it('refuses more than 20 aliases', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: stats { claims }`).join(' ');
    await refused(`{ ${aliases} }`, 'request.alias_limit');
  });

  it('refuses more than 20 directives', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    await refused(`{ stats ${directives} { claims } }`, 'request.directive_limit');
  });

  it('refuses a document of more than 5,000 tokens', async () => {
    const fields = Array.from({ length: 5_100 }, () => 'claims').join(' ');
    await refused(`{ stats { ${fields} } }`, 'request.token_limit');
  });

  it('refuses a body over 2 MiB from its Content-Length, before reading or parsing it', async () => {
    const body = JSON.stringify({ query: `{ stats { claims } }`, variables: { pad: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await fetch(`${http.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...ADMIN }, body });
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a streamed (chunked) body once it passes 2 MiB', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ === 0) controller.enqueue(new TextEncoder().encode('{"query":"{ stats { claims } }","variables":{"pad":"'));
        else if (sent < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await postStreamed(http.base, stream, ADMIN);
    expect(response.status).toBe(413);
  });

  it('refuses simple (CSRF-able) requests without the CSRF header, and takes JSON POSTs', async () => {
    const get = await fetch(`${http.base}/graphql?query=${encodeURIComponent('{ stats { claims } }')}`, { headers: { accept: 'application/json', ...ADMIN } });
    expect(get.status).toBe(403);
    expect(((await get.json()) as any).errors[0].extensions.code).toBe('request.csrf');
    const form = await fetch(`${http.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...ADMIN },
      body: `query=${encodeURIComponent('mutation { retractClaim(id: "clm_x", reason: "csrf") { id } }')}`,
    });
    expect(form.status).toBe(403);
    const plain = await fetch(`${http.base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...ADMIN }, body: '{"query":"{ stats { claims } }"}' });
    expect(plain.status).toBe(403);
    const withHeader = await fetch(`${http.base}/graphql?query=${encodeURIComponent('{ stats { claims } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', ...ADMIN },
    });
    expect(withHeader.status).toBe(200);
  });

  it('hides field suggestions outside development', async () => {
    const reply = await http.post('{ stats { claimz } }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('refuses introspection outside development (the default there)', async () => {
    const reply = await http.post('{ __schema { types { name } } }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.message).toMatch(/introspection/i);
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('answers no cross-site preflight by default, so a web page cannot drive an open local server', async () => {
    const http = await startHttpServer({ server: { keys: [] } });
    try {
      const response = await preflight(http.base, 'https://evil.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await http.close();
    }
  });

  it('allows exactly the configured origins', async () => {
    const http = await startHttpServer({ server: { corsOrigins: ['https://factcheck.example', 'https://other.example'] } });
    try {
      expect((await preflight(http.base, 'https://factcheck.example')).headers.get('access-control-allow-origin')).toBe('https://factcheck.example');
      expect((await preflight(http.base, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await http.close();
    }
  });
});

describe('development defaults', () => {
  it('suggests fields and answers introspection', async () => {
    const http = await startHttpServer({ server: { isDev: true } });
    try {
      expect((await http.post('{ stats { claimz } }')).body.errors![0]!.message).toMatch(/Did you mean "claims"/);
      expect((await http.post('{ __schema { queryType { name } } }')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await http.close();
    }
  });
});

describe('configured limits', () => {
  it('refuses an addClaims batch over the configured size, writing nothing', async () => {
    const http = await startHttpServer({ seed: false });
    http.app.limits = { ...DEFAULT_LIMITS, maxBatchSize: 3 };
    try {
      const input = Array.from({ length: 4 }, (_, i) => ({
        text: `Acme holds ${i + 10}% of the widget market.`,
        subject: 'Acme',
        predicate: 'market_share',
        object: 'widget market',
        value: `${i + 10}%`,
        source: { url: `https://example.com/batch/${i}` },
      }));
      const reply = await http.post('mutation($input: [ClaimInput!]!) { addClaims(input: $input) { createdCount } }', { input });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'input.batch_too_large', field: ['input'] });
      expect((await http.app.store.counts()).claims).toBe(0);
    } finally {
      await http.close();
    }
  });

  it('stops a request that runs past the timeout with request.timeout (503)', async () => {
    const slow = new MemoryStore({ dataDir: null });
    // A store that takes 2 s to count stands in for a slow database.
    const store = new Proxy(slow, {
      get(target, property, receiver) {
        if (property === 'counts') return () => new Promise((resolve) => setTimeout(() => resolve(target.counts()), 2_000));
        return Reflect.get(target, property, receiver);
      },
    }) as GraphStore;
    const http = await startHttpServer({ store, seed: false, server: { limits: { timeoutMs: 100 } } });
    try {
      const started = Date.now();
      const reply = await http.post('{ stats { claims } }');
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(reply.status).toBe(503);
      expect(reply.body.errors![0]!.extensions).toEqual({ code: 'request.timeout' });
    } finally {
      await http.close();
    }
  });
});

describe('masked internal errors', () => {
  for (const isDev of [false, true]) {
    it(`never shows a driver message or stack${isDev ? ' (development with keys)' : ' (production)'}`, async () => {
      const base = new MemoryStore({ dataDir: null });
      const store = new Proxy(base, {
        get(target, property, receiver) {
          if (property === 'counts') return () => Promise.reject(new Error('Neo.ClientError.Security.Unauthorized: password hunter2 at bolt://db:7687'));
          return Reflect.get(target, property, receiver);
        },
      }) as GraphStore;
      const http = await startHttpServer({ store, seed: false, server: { isDev } });
      try {
        const reply = await http.post('{ stats { claims } }');
        expect(reply.body.data).toBeNull();
        const text = JSON.stringify(reply.body);
        expect(reply.body.errors![0]!.message).toBe('Unexpected error.');
        expect(text).not.toMatch(/hunter2|Neo\.ClientError|bolt:|\.ts:\d+|at /);
      } finally {
        await http.close();
      }
    });
  }
});

