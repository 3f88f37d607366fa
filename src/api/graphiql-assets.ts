// GraphiQL served from this server: yoga's page points at a public CDN, which a locked-down network (or a CSP) refuses.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderGraphiQL, type GraphiQLOptions, type Plugin } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';

// Only these files are served: nothing else of node_modules is reachable through the route.
const ASSETS: Record<string, string> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

const distDir = (): string => join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/**
 * yoga's GraphiQL page with its CDN asset URLs pointed at our own route, and no third-party favicon.
 * The bundle published to npm (4.5.0) opens with `query`, not `defaultQuery`, so the first query is passed as both.
 */
export function renderLocalGraphiQL(options: GraphiQLOptions): string {
  const withQuery = { ...options, query: (options as { query?: string }).query ?? options.defaultQuery } as GraphiQLOptions;
  return renderGraphiQL(withQuery)
    .replace(/<link rel=icon [^>]*>/g, '')
    .replace(/https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g, GRAPHIQL_ASSETS_PATH);
}

/** Serves the GraphiQL bundle's files (about 8 MB, read once and kept) under GRAPHIQL_ASSETS_PATH. */
export function useGraphiQLAssets(): Plugin {
  const cache = new Map<string, Promise<Buffer>>();
  return {
    async onRequest({ url, endResponse }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
      const type = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!type) return endResponse(new Response('not found', { status: 404 }));
      if (!cache.has(name)) {
        const reading = readFile(join(distDir(), name));
        // A failed read is not remembered: the next request tries again.
        reading.catch(() => cache.delete(name));
        cache.set(name, reading);
      }
      const body = await cache.get(name)!;
      endResponse(new Response(new Uint8Array(body), { headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' } }));
    },
  };
}
