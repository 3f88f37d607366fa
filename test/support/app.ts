// Test harness: an app over a fresh in-memory store, optionally seeded, with a GraphQL client and a store-call counter.
import { createGraphQLServer } from '../../src/api/server.js';
import { createAppContext, type AppContext } from '../../src/app/context.js';
import { loadSeedIfEmpty } from '../../src/seed/load-seed.js';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import type { GraphStore } from '../../src/store/port.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

/** Counts calls per store method, to check a request costs a bounded number of store calls. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; total: () => number; reset: () => void } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0), reset: () => calls.clear() };
}

export async function testApp(options: { seed?: boolean; store?: GraphStore } = {}) {
  const store = options.store ?? new MemoryStore({ dataDir: null });
  await store.open();
  const counter = countingStore(store);
  const app: AppContext = await createAppContext(counter.store);
  if (options.seed ?? true) await loadSeedIfEmpty(app);
  const yoga = createGraphQLServer(app);
  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  return { app, store, counter, yoga, gql };
}
