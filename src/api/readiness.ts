// /ready: yoga's readiness check, asked only about requests for that path.
import { useReadinessCheck, type Plugin } from 'graphql-yoga';

type ReadinessOptions = Parameters<typeof useReadinessCheck>[0] & { endpoint: string };

/**
 * yoga's plugin looks at every request and, when neither the URL's end nor its path is the endpoint,
 * also matches it against a URLPattern (a polyfill, ~0.7% of serving the query mix). A pattern that is a
 * plain path matches exactly when the path is equal, so the first two tests already decide; only
 * requests they pick are handed to yoga's plugin, which answers them as before.
 */
export function useReadiness(options: ReadinessOptions): Plugin {
  const readiness = useReadinessCheck(options);
  return {
    ...readiness,
    onRequest(payload) {
      if (payload.request.url.endsWith(options.endpoint) || payload.url.pathname === options.endpoint) return readiness.onRequest!(payload);
    },
  };
}
