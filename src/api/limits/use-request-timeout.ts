// Aborts a query or mutation that runs past the limit (or whose client went away) with request.timeout.
import { createGraphQLError, isPromise, type Plugin } from 'graphql-yoga';
import { LimitErrorCode } from './request-limits.js';

interface WithRequest {
  request?: Request;
}

/** Set on the request context once its execution is stopped; resolvers wrapped by stoppableResolvers then refuse to run. */
const STOPPED = Symbol('execution stopped');

interface Stoppable {
  [STOPPED]?: unknown;
}

/**
 * The response is the coded error as soon as the limit passes (or the client goes away), and no resolver
 * starts after that (see stoppableResolvers), so a slow query stops at its next field. A write already
 * handed to the store still completes atomically (all or nothing), so a client that timed out re-reads
 * before retrying; addClaims is idempotent by fingerprint anyway. Subscriptions are long-lived by design
 * and are not timed.
 *
 * Why not an AbortSignal for the executor: with a signal, graphql-tools races every object with pending
 * fields against it (a Promise.race per object, each left on the signal's promise until the request
 * ends), about a fifth of the CPU of a 20-claim page. Here a request costs one timer and one listener.
 */
export function useRequestTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const context = args.contextValue as Stoppable & WithRequest;
        const execution = executeFn(args);
        // A result already there cannot be interrupted: nothing to time.
        if (!isPromise(execution)) return execution;
        const clientGone = context.request?.signal;
        return new Promise((resolve, reject) => {
          const stop = (reason: unknown) => {
            context[STOPPED] = reason;
            finish();
            reject(reason);
          };
          const timer = setTimeout(() => {
            stop(
              createGraphQLError(`the request took longer than ${timeoutMs} ms and was stopped`, {
                extensions: { code: LimitErrorCode.Timeout, http: { status: 503 } },
              }),
            );
          }, timeoutMs);
          timer.unref();
          const onGone = () => stop(clientGone!.reason);
          const finish = () => {
            clearTimeout(timer);
            clientGone?.removeEventListener('abort', onGone);
          };
          if (clientGone?.aborted) onGone();
          else clientGone?.addEventListener('abort', onGone, { once: true });
          execution.then(
            (result) => {
              finish();
              resolve(result);
            },
            (error: unknown) => {
              finish();
              reject(error);
            },
          );
        });
      });
    },
  };
}

type Resolver = (parent: unknown, args: unknown, context: Stoppable, info: unknown) => unknown;

/**
 * The resolver map with every field resolver refusing to start once its request was stopped, so a
 * stopped execution does no more store work. Type resolvers (__resolveType), scalars and subscriptions
 * (never timed) are left as they are.
 */
export function stoppableResolvers<T extends object>(resolvers: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeName === 'Subscription' || Object.getPrototypeOf(fields) !== Object.prototype) {
      wrapped[typeName] = fields;
      continue;
    }
    const typeFields: Record<string, unknown> = {};
    for (const [field, resolve] of Object.entries(fields as Record<string, unknown>)) {
      typeFields[field] = typeof resolve === 'function' && !field.startsWith('__') ? stoppable(resolve as Resolver) : resolve;
    }
    wrapped[typeName] = typeFields;
  }
  return wrapped as T;
}

function stoppable(resolve: Resolver): Resolver {
  return (parent, args, context, info) => {
    if (context[STOPPED] !== undefined) throw context[STOPPED];
    return resolve(parent, args, context, info);
  };
}
