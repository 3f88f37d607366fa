// GET /export/claimreview.jsonld, /export/claims.csv and /export/report.md, served in front of yoga on the same node:http server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../app/context.js';
import { isDomainError, type DomainError } from '../domain/errors.js';
import type { Publisher } from '../report/claimreview.js';
import { EXPORT_PARAMS, runExport, type ExportKind, type ExportParams } from '../report/exports.js';

export const EXPORT_ROUTES: Readonly<Record<string, ExportKind>> = {
  '/export/claimreview.jsonld': 'claimreview',
  '/export/claims.csv': 'csv',
  '/export/report.md': 'report',
};

export interface ExportRouteOptions {
  /**
   * Access control, asked before anything else: a Response refuses the request (401/403), null lets it
   * through. The API's check fits as is:
   *   (request) => { const access = auth.authorize(request, 'viewer', 'exports'); return access.ok ? null : access.response; }
   */
  authorize?: (request: Request) => Response | null | Promise<Response | null>;
  /** ClaimReview.author; "claimgraph" unless configured. */
  publisher?: Publisher;
  /** Base URL for links back to fact checks; the request's own origin unless configured. */
  publicUrl?: string | null;
}

export type ExportHandler = (request: Request) => Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** The same shape as a GraphQL error, so clients read one error format: message, code, field. */
function domainErrorResponse(error: DomainError): Response {
  const status = error.code.endsWith('.not_found') ? 404 : 400;
  return json(status, { errors: [{ message: error.message, extensions: { code: error.code, field: [...error.field] } }] });
}

/** Answers an export route's request; call only for paths in EXPORT_ROUTES. */
export function createExportHandler(app: AppContext, options: ExportRouteOptions = {}): ExportHandler {
  return async (request) => {
    const url = new URL(request.url);
    const kind = EXPORT_ROUTES[url.pathname];
    if (!kind) return json(404, { errors: [{ message: `no export at ${url.pathname}` }] });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return json(405, { errors: [{ message: 'exports answer GET (and HEAD) only' }] }, { allow: 'GET, HEAD' });
    }
    // The access check comes first: nobody learns anything from an export, not even its errors, without the viewer role.
    const refusal = await options.authorize?.(request);
    if (refusal) return refusal;

    const params: ExportParams = Object.fromEntries(EXPORT_PARAMS.map((name) => [name, url.searchParams.get(name)]));
    try {
      const file = await runExport(app, kind, params, {
        publisher: options.publisher ?? { name: 'claimgraph' },
        baseUrl: (options.publicUrl ?? url.origin).replace(/\/+$/, ''),
      });
      // A CSV is saved as a file; JSON-LD and Markdown are read in place, still with a name for "save as".
      const disposition = kind === 'csv' ? 'attachment' : 'inline';
      return new Response(request.method === 'HEAD' ? null : file.body, {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-disposition': `${disposition}; filename="${file.filename}"`,
          // Exports read live data: a cache may keep a copy but must ask again before reusing it.
          'cache-control': 'no-cache',
        },
      });
    } catch (error) {
      if (isDomainError(error)) return domainErrorResponse(error);
      console.error('export failed:', error);
      return json(500, { errors: [{ message: 'Unexpected error.' }] });
    }
  };
}

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  // Export routes take no body, so only the method, URL and headers cross over.
  return new Request(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers });
}

async function send(response: ServerResponse, answer: Response): Promise<void> {
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/** A node:http handler that answers export routes itself and hands every other request to `next` (yoga). */
export function withExportRoutes(next: NodeHandler, app: AppContext, options: ExportRouteOptions = {}): NodeHandler {
  const handle = createExportHandler(app, options);
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (!Object.hasOwn(EXPORT_ROUTES, path)) return next(request, response);
    return handle(toFetchRequest(request)).then(
      (answer) => send(response, answer),
      (error: unknown) => {
        console.error('export route failed:', error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      },
    );
  };
}
