// Maps domain errors to GraphQL errors with a stable code and field path; masks everything unexpected.
import { GraphQLError, type ASTNode } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { isDomainError } from '../domain/errors.js';

/** The located error graphql-js wraps around what a resolver threw (read by shape: graphql may load twice). */
interface LocatedError {
  originalError?: unknown;
  nodes?: ReadonlyArray<ASTNode>;
  path?: ReadonlyArray<string | number>;
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const located = (typeof error === 'object' && error !== null ? error : {}) as LocatedError;
  const original = located.originalError ?? error;
  if (isDomainError(original)) {
    return new GraphQLError(original.message, {
      nodes: located.nodes,
      path: located.path,
      extensions: { code: original.code, field: [...original.field], ...original.details },
    });
  }
  // Unexpected failures (bugs, driver errors) never reach clients in detail: no stack, no driver message.
  return yogaMaskError(error, message, isDev);
}
