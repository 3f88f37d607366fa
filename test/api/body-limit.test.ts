// The body limit without yoga's counting stream: a chunked body under the limit is read whole and answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postStreamed, startHttpServer } from '../support/http-server.js';

const ADMIN = { authorization: 'Bearer test-admin-key' };

describe('request body limit', () => {
  let http: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    http = await startHttpServer({ seed: false });
  });
  afterAll(async () => {
    await http.close();
  });

  it('answers a streamed (chunked) body under the limit, split across chunks anywhere', async () => {
    const text = JSON.stringify({ query: '{ stats { claims } }', variables: { pad: 'y'.repeat(100_000) } });
    const bytes = new TextEncoder().encode(text);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, at + 7_777));
        at += 7_777;
      },
    });
    const response = await postStreamed(http.base, stream, ADMIN);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stats: { claims: 0 } } });
  });
});
