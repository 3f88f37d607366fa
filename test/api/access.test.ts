// Access control over HTTP: API keys by role, 401/403 with stable codes, the key's name as actor, the open mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer } from '../support/http-server.js';

const ADD = `mutation Add($input: [ClaimInput!]!) { addClaims(input: $input) { claims { id history { actor } } } }`;
const claim = (text: string) => ({
  text,
  subject: 'Acme',
  predicate: 'market_share',
  object: 'widget market',
  value: '12%',
  period: '2025',
  source: { url: 'https://example.com/access', publishedAt: '2026-01' },
});

describe('with API keys configured', () => {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    http = await startHttpServer();
  });
  afterAll(() => http.close());

  it('refuses a request without a key: 401, auth.unauthenticated, naming the role needed, with a Bearer challenge', async () => {
    const reply = await http.post('{ stats { claims } }', {}, { as: 'anonymous' });
    expect(reply.status).toBe(401);
    expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer realm="claimgraph"$/);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors![0]!.extensions).toEqual({ code: 'auth.unauthenticated', requiredRole: 'viewer' });
    expect(reply.body.errors![0]!.message).toMatch(/needs the viewer role.*Authorization: Bearer/);
  });

  it('refuses a wrong key and a malformed header alike: 401 with error="invalid_token"', async () => {
    for (const headers of [{ authorization: 'Bearer not-a-key' }, { authorization: 'Basic dXNlcjpwYXNz' }, { authorization: 'Bearer' }]) {
      const reply = await http.post('{ stats { claims } }', {}, { as: 'anonymous', headers });
      expect(reply.status).toBe(401);
      expect(reply.body.errors![0]!.extensions!.code).toBe('auth.unauthenticated');
      if (headers.authorization !== 'Bearer') expect(reply.headers.get('www-authenticate')).toContain('invalid_token');
    }
  });

  it('lets a viewer read, and nothing more: a mutation is 403 auth.forbidden naming editor, and writes nothing', async () => {
    const read = await http.post('{ stats { claims } }', {}, { as: 'viewer' });
    expect(read.status).toBe(200);
    expect(read.body.data!.stats.claims).toBeGreaterThan(0);
    const before = await http.app.store.counts();
    const write = await http.post(ADD, { input: [claim('Acme holds 12% of the widget market.')] }, { as: 'viewer' });
    expect(write.status).toBe(403);
    expect(write.body.errors![0]!.extensions).toEqual({ code: 'auth.forbidden', requiredRole: 'editor' });
    expect(write.body.errors![0]!.message).toBe('mutation addClaims needs the editor role; the key "viewer" has the viewer role');
    expect(await http.app.store.counts()).toEqual(before);
  });

  it("lets an editor write claims, recording the key's name as the actor, but not merge entities", async () => {
    const added = await http.post(ADD, { input: [claim('Acme holds 12% of the widget market, per an editor.')] }, { as: 'editor' });
    expect(added.status).toBe(200);
    expect(added.body.data!.addClaims.claims[0].history[0].actor).toBe('editor');
    const merge = await http.post('mutation { mergeEntities(keep: "ent_a", merge: "ent_b") { id } }', {}, { as: 'editor' });
    expect(merge.status).toBe(403);
    expect(merge.body.errors![0]!.extensions).toEqual({ code: 'auth.forbidden', requiredRole: 'admin' });
  });

  it('lets an admin merge and declare predicates (the use case answers, not the access check)', async () => {
    const merge = await http.post('mutation { mergeEntities(keep: "ent_nope", merge: "ent_nope2") { id } }', {}, { as: 'admin' });
    expect(merge.body.errors![0]!.extensions!.code).not.toMatch(/^auth\./);
  });

  it('checks every root field, through fragments and aliases: one forbidden field refuses the whole operation', async () => {
    const sneaky = `mutation { ...F ... on Mutation { x: retractClaim(id: "clm_x", reason: "r") { id } } }
      fragment F on Mutation { m: mergeEntities(keep: "a", merge: "b") { id } }`;
    const reply = await http.post(sneaky, {}, { as: 'editor' });
    expect(reply.status).toBe(403);
    expect(reply.body.errors![0]!.message).toContain('mutation mergeEntities needs the admin role');
    expect(reply.body.data).toBeUndefined();
  });

  it('needs viewer even for { __typename } and introspection', async () => {
    expect((await http.post('{ __typename }', {}, { as: 'anonymous' })).status).toBe(401);
    expect((await http.post('{ __typename }', {}, { as: 'viewer' })).body.data).toEqual({ __typename: 'Query' });
  });

  it('guards routes outside GraphQL with the same keys (authorize): /metrics needs viewer', async () => {
    const anonymous = await fetch(`${http.base}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('auth.unauthenticated');
    const viewer = await fetch(`${http.base}/metrics`, { headers: { authorization: 'Bearer test-viewer-key' } });
    expect(viewer.status).toBe(200);
  });

  it('checks subscriptions over SSE too: no key gets 401 and an auth.unauthenticated event; a viewer gets the stream', async () => {
    const subscribe = async (authorization?: string) => {
      const controller = new AbortController();
      const response = await fetch(`${http.base}/graphql`, {
        method: 'POST',
        signal: controller.signal,
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: 'subscription { claimReviewed { id } }' }),
      });
      const reader = response.body!.getReader();
      const timer = setTimeout(() => controller.abort(), 300);
      let text = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += new TextDecoder().decode(value);
        }
      } catch {
        // aborted: the stream stayed open, as a subscription does
      }
      clearTimeout(timer);
      return { status: response.status, text };
    };
    const anonymous = await subscribe();
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toContain('"code":"auth.unauthenticated"');
    const viewer = await subscribe('Bearer test-viewer-key');
    expect(viewer.status).toBe(200);
    expect(viewer.text).not.toContain('errors');
  });

  it('serves the GraphiQL page itself without a key (the key goes in its headers tab)', async () => {
    const page = await fetch(`${http.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
  });
});

describe('with no keys configured (open, loopback only)', () => {
  it("lets everyone act as admin, recorded as 'local'", async () => {
    const http = await startHttpServer({ server: { keys: [] } });
    try {
      const added = await http.post(ADD, { input: [claim('Acme holds 12% of the widget market, locally.')] }, { as: 'anonymous' });
      expect(added.status).toBe(200);
      expect(added.body.data!.addClaims.claims[0].history[0].actor).toBe('local');
      const merge = await http.post('mutation { mergeEntities(keep: "ent_x", merge: "ent_y") { id } }', {}, { as: 'anonymous' });
      expect(merge.body.errors![0]!.extensions!.code).not.toMatch(/^auth\./);
    } finally {
      await http.close();
    }
  });
});
