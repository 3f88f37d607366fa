// Test harness: an app over a fresh in-memory store, optionally seeded, with a GraphQL client and a store-call counter.
import { hashKey, type ApiKey } from '../../src/api/auth/api-keys.js';
import type { Role } from '../../src/api/auth/roles.js';
import { createGraphQLServer, type ServerOptions } from '../../src/api/server.js';
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

/** One key per role. The admin key is named 'system': the actor tests written before access control expect. */
export const TEST_KEYS: Record<Role, string> = { viewer: 'test-viewer-key', editor: 'test-editor-key', admin: 'test-admin-key' };
export const TEST_KEY_NAMES: Record<Role, string> = { viewer: 'viewer', editor: 'editor', admin: 'system' };
export const TEST_API_KEYS: ApiKey[] = (Object.keys(TEST_KEYS) as Role[]).map((role) => ({ name: TEST_KEY_NAMES[role], role, sha256: hashKey(TEST_KEYS[role]) }));

/** Who a test request comes as: a role's test key (default admin), any raw key, or no key at all. */
export interface CallAs {
  as?: Role | 'anonymous';
  key?: string;
  headers?: Record<string, string>;
}

/**
 * Access control is on, with TEST_API_KEYS; gql calls as admin unless told otherwise. Pass
 * `server: { keys: [] }` for an open server (no keys: everyone is admin as 'local').
 */
export async function testApp(options: { seed?: boolean; store?: GraphStore; server?: ServerOptions } = {}) {
  const store = options.store ?? new MemoryStore({ dataDir: null });
  await store.open();
  const counter = countingStore(store);
  const app: AppContext = await createAppContext(counter.store);
  if (options.seed ?? true) await loadSeedIfEmpty(app);
  const yoga = createGraphQLServer(app, { keys: TEST_API_KEYS, ...options.server });
  async function gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, as: CallAs = {}): Promise<GraphQLResponse<T>> {
    const key = as.key ?? (as.as === 'anonymous' ? null : TEST_KEYS[as.as ?? 'admin']);
    const response = await yoga.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key !== null ? { authorization: `Bearer ${key}` } : {}), ...as.headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  return { app, store, counter, yoga, gql };
}
