// Starts the real HTTP server (createHttpServer) on a free loopback port over a test app, with a fetch-based GraphQL client.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../../src/api/observability/logger.js';
import { createHttpServer, type ServerOptions } from '../../src/api/server.js';
import type { GraphStore } from '../../src/store/port.js';
import { TEST_API_KEYS, TEST_KEYS, testApp, type CallAs, type GraphQLResponse } from './app.js';

export interface HttpReply<T> {
  status: number;
  headers: Headers;
  body: GraphQLResponse<T>;
}

/** Keys are TEST_API_KEYS unless options.server.keys says otherwise; no logs unless a logger is given; the client calls as admin unless told. */
export async function startHttpServer(options: { seed?: boolean; store?: GraphStore; server?: ServerOptions } = {}) {
  const harness = await testApp({ seed: options.seed, store: options.store });
  const server: Server = createHttpServer(harness.app, { keys: TEST_API_KEYS, logger: silentLogger, ...options.server });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function post<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, as: CallAs = {}): Promise<HttpReply<T>> {
    const key = as.key ?? (as.as === 'anonymous' ? null : TEST_KEYS[as.as ?? 'admin']);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(key !== null ? { authorization: `Bearer ${key}` } : {}),
        ...as.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
  }

  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { ...harness, server, base, post, close };
}

/** POSTs a GraphQL body as a stream (chunked, no Content-Length), as a client that does not know its size would. */
export function postStreamed(base: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}
