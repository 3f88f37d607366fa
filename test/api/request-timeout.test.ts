// The request timeout without an executor signal: the coded 503 on time, and no resolver starting after it.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';
import { startHttpServer } from '../support/http-server.js';

describe('request timeout', () => {
  it('answers request.timeout on time and starts no resolver below the slow one afterwards', async () => {
    const base = new MemoryStore({ dataDir: null });
    let slow = false;
    let entityReadsAfterStop = 0;
    let stopped = false;
    // Once `slow` is on, a claims page takes 400 ms (a slow database); entity reads are counted after the stop.
    const store = new Proxy(base, {
      get(target, property, receiver) {
        if (property === 'listClaims' && slow) {
          return (queries: never) => new Promise((resolve) => setTimeout(() => resolve(target.listClaims(queries)), 400));
        }
        if (property === 'getEntities') {
          return (ids: never) => {
            if (stopped) entityReadsAfterStop++;
            return target.getEntities(ids);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    }) as GraphStore;
    const http = await startHttpServer({ store, server: { limits: { timeoutMs: 100 } } });
    try {
      const query = '{ claims(first: 5) { nodes { id subject { name } } } }';
      const fast = await http.post<{ claims: { nodes: unknown[] } }>(query);
      expect(fast.body.data!.claims.nodes.length).toBeGreaterThan(0);
      slow = true;
      const started = Date.now();
      const reply = await http.post(query);
      stopped = true;
      expect(Date.now() - started).toBeLessThan(350);
      expect(reply.status).toBe(503);
      expect(reply.body.errors![0]!.extensions).toEqual({ code: 'request.timeout' });
      // The page arrives after the stop; its claims' subjects must not be read.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(entityReadsAfterStop).toBe(0);
    } finally {
      await http.close();
    }
  });
});
