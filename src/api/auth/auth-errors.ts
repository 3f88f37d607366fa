// The two ways access is refused, as GraphQL errors with stable codes and HTTP statuses (401 / 403).
// Errors are made with yoga's createGraphQLError so they are GraphQLErrors of yoga's own graphql copy
// (under vitest 'graphql' may load twice, and yoga would mask a foreign one as unexpected).
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Role } from './roles.js';

export const AuthErrorCode = {
  Unauthenticated: 'auth.unauthenticated',
  Forbidden: 'auth.forbidden',
} as const;

// RFC 6750: a 401 names the scheme the client should use; error="invalid_token" when it sent a bad one.
const challenge = (invalidToken: boolean): string =>
  invalidToken ? 'Bearer realm="claimgraph", error="invalid_token"' : 'Bearer realm="claimgraph"';

/** No key, or a key that is not one of ours: 401, naming the role the request needed. */
export function unauthenticated(needed: Role, what: string, reason: string | null): GraphQLError {
  const lead = reason ?? 'no API key was sent';
  return createGraphQLError(`${what} needs the ${needed} role: ${lead}; send a key as "Authorization: Bearer <key>"`, {
    extensions: {
      code: AuthErrorCode.Unauthenticated,
      requiredRole: needed,
      http: { status: 401, headers: { 'WWW-Authenticate': challenge(reason !== null) } },
    },
  });
}

/** A valid key whose role is too low: 403, naming the role needed and the role held. */
export function forbidden(needed: Role, what: string, keyName: string, held: Role): GraphQLError {
  return createGraphQLError(`${what} needs the ${needed} role; the key "${keyName}" has the ${held} role`, {
    extensions: { code: AuthErrorCode.Forbidden, requiredRole: needed, http: { status: 403 } },
  });
}

/** The same refusal as a plain HTTP response, for routes outside GraphQL (exports, metrics). */
export function toResponse(error: GraphQLError): Response {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Record<string, string> } };
  return new Response(JSON.stringify({ errors: [{ message: error.message, extensions }] }), {
    status: http?.status ?? 403,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(http?.headers ?? {}) },
  });
}
