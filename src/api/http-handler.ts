// The node:http front of the service: a request id for every request (echoed), its scope for logs, one access log line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './observability/logger.js';
import { requestIdFrom, requestScope, type RequestScope } from './observability/request-scope.js';

export const REQUEST_ID_HEADER = 'x-request-id';

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

export function withRequestLogging(handler: Handler, logger: Logger): Handler {
  return (request, response) => {
    const scope: RequestScope = { requestId: requestIdFrom(request.headers[REQUEST_ID_HEADER]) };
    response.setHeader(REQUEST_ID_HEADER, scope.requestId);
    const started = performance.now();
    response.once('close', () => {
      // Health probes are frequent and say nothing new: debug, so the info log stays readable.
      const quiet = request.url === '/health' || request.url === '/ready' || request.url === '/metrics';
      const fields = {
        requestId: scope.requestId,
        method: request.method,
        path: (request.url ?? '').split('?')[0],
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        ...(scope.operation ? { operation: scope.operation } : {}),
        ...(scope.actor ? { actor: scope.actor } : {}),
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      if (quiet) logger.debug('request', fields);
      else logger.info('request', fields);
    });
    return requestScope.run(scope, () => handler(request, response));
  };
}
