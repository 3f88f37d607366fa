// Maps domain errors to GraphQL errors with a stable code and field path; masks everything unexpected.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { isDomainError } from '../domain/errors.js';

/** The HTTP status a domain error would have over REST; clients read `extensions.code`. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isDomainError(original)) {
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, field: [...original.field], ...original.details },
    });
  }
  // Unexpected failures (bugs, driver errors) never reach clients in detail: no stack, no driver message.
  return yogaMaskError(error, message, isDev);
}
