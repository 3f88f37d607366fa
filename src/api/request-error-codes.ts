// Gives graphql-js's request errors (bad variables, no such operation) a stable code, like every other error clients see.
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Apollo's name for it, which clients already know. These errors come back before execution starts
 * (no `data` key), from variable coercion: "Variable "$input" got invalid value …".
 */
export const BAD_USER_INPUT = 'BAD_USER_INPUT';

export function useRequestErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return;
          const single = result as ExecutionResult;
          if ('data' in single && single.data !== undefined) return;
          for (const error of single.errors ?? []) {
            const extensions = error.extensions as Record<string, unknown>;
            if (Object.isExtensible(extensions) && extensions.code === undefined) extensions.code = BAD_USER_INPUT;
          }
        },
      };
    },
  };
}
