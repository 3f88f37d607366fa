// CSRF prevention: a browser's "simple" request (GET, form or text/plain POST) must carry a custom header.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LimitErrorCode } from './request-limits.js';

/** The header a non-browser client (or a GraphQL GET) adds; any value. Browsers cannot add it cross-site without a CORS preflight. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * yoga's plugin, with our code on its refusal. A JSON POST (what GraphiQL and every GraphQL client send)
 * needs no header: its content type already forces a preflight.
 */
export function useCsrfPrevention(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return inner.onRequestParse!(payload as never);
      } catch {
        throw createGraphQLError(
          `a browser-style request (GET, form or text/plain) must carry the ${CSRF_HEADER} header; JSON POSTs need none`,
          { extensions: { code: LimitErrorCode.Csrf, http: { status: 403 } } },
        );
      }
    },
  };
}
