// Queries and mutations run as JavaScript compiled once per document (graphql-jit) instead of graphql-js's interpreter.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, type ExecutionResult } from 'graphql';
import { isAsyncIterable, isPromise, type Plugin } from 'graphql-yoga';

/**
 * graphql-js walks the document and checks every value against the schema on each request; graphql-jit
 * does that once per document and caches the compiled function (the documents come from yoga's parse
 * cache, so the WeakMap keyed by document hits). Subscriptions stay on graphql-js: they are long-lived,
 * so their execution cost does not matter, and graphql-js is the reference behaviour.
 *
 * A request refused before execution (bad variables: an answer with no `data` key at all) is answered
 * by graphql-js again: jit words those errors its own way, without locations, extensions or the 400
 * status, and clients rely on graphql-js's (with the codes of useRequestErrorCodes). No resolver ran,
 * so running it again has no effect but the answer; it only costs something on bad requests.
 *
 * Must come before useRequestTimeout in the plugin list: each onExecute hook wraps the execute function
 * set by the hooks before it, and the timeout has to wrap the compiled execution, not be replaced by it.
 */
export function useCompiledExecution(): Plugin {
  const jit = useGraphQlJit({}, { enableIf: (args) => getOperationAST(args.document, args.operationName)?.operation !== 'subscription' });
  return {
    onExecute(payload) {
      const interpreted = payload.executeFn;
      // enableIf is synchronous, so the compiled executor (if any) is handed over before this returns.
      void jit.onExecute!({
        ...payload,
        setExecuteFn: (compiled: Execute) =>
          payload.setExecuteFn((args) => {
            const result = compiled(args);
            return isPromise(result) ? result.then((settled) => orInterpreted(settled, interpreted, args)) : orInterpreted(result, interpreted, args);
          }),
      } as never);
    },
  };
}

type Execute = Parameters<NonNullable<Plugin['onExecute']>>[0]['executeFn'];
type Args = Parameters<Execute>[0];

function orInterpreted(result: unknown, interpreted: Execute, args: Args): ReturnType<Execute> {
  if (isAsyncIterable(result) || 'data' in (result as ExecutionResult)) return result as ReturnType<Execute>;
  return interpreted(args);
}
