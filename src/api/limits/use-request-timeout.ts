// Aborts a query or mutation that runs past the limit (or whose client went away) with request.timeout.
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LimitErrorCode } from './request-limits.js';

interface WithRequest {
  request?: Request;
}

/**
 * The executor stops resolving fields once the signal fires and rejects with the signal's reason, which
 * is our coded error. A write already handed to the store still completes atomically (all or nothing),
 * so a client that timed out re-reads before retrying; addClaims is idempotent by fingerprint anyway.
 * Subscriptions are long-lived by design and are not timed.
 */
export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ args }) {
      const controller = new AbortController();
      const timer = setTimeout(() => {
        controller.abort(
          createGraphQLError(`the request took longer than ${timeoutMs} ms and was stopped`, {
            extensions: { code: LimitErrorCode.Timeout, http: { status: 503 } },
          }),
        );
      }, timeoutMs);
      timer.unref();
      const clientGone = (args.contextValue as WithRequest | undefined)?.request?.signal;
      const signal = clientGone ? AbortSignal.any([clientGone, controller.signal]) : controller.signal;
      // The executor (yoga's normalizedExecutor) reads `signal` from its arguments.
      (args as { signal?: AbortSignal }).signal = signal;
      return {
        onExecuteDone() {
          clearTimeout(timer);
        },
      };
    },
  };
}
