// Neo4j and driver errors -> the domain's error codes, in one place; anything not recognised is rethrown as it is.
import { Neo4jError } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../../domain/errors.js';

export interface ErrorContext {
  uri: string;
  database: string;
}

/** Codes meaning "Neo4j cannot serve us right now": the request fails fast with store.unavailable. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.General.DatabaseUnavailable',
]);

/** Failures that retrying at start-up cannot cure: wrong credentials or database name. */
const CONFIGURATION_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const codeOf = (error: unknown): string | null => (error instanceof Neo4jError ? error.code : null);

/** The pool gives up waiting for a connection with a code-less error; it is an outage all the same. */
const isAcquisitionTimeout = (error: unknown): boolean =>
  error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');

/** True for errors that say the server is (for now) out of reach: worth waiting for at start-up. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof DomainError) {
    const code = error.details.neo4jCode;
    return error.code === ErrorCode.StoreUnavailable && !(typeof code === 'string' && CONFIGURATION_CODES.has(code));
  }
  const code = codeOf(error);
  return (code !== null && UNAVAILABLE_CODES.has(code)) || isAcquisitionTimeout(error);
}

/** A short reason for logs and start-up messages, without the driver's multi-line detail. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

/** The domain error for a Neo4j failure, or the error itself when it is not one we translate. */
export function translateError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof DomainError) return error;
  const code = codeOf(error);
  const details = code ? { neo4jCode: code } : {};
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new DomainError(
      ErrorCode.StoreConflict,
      `the write conflicts with a record already stored (a uniqueness constraint): ${reasonOf(error)}`,
      [],
      details,
    );
  }
  if (isUnavailable(error)) {
    return new DomainError(
      ErrorCode.StoreUnavailable,
      `Neo4j at ${context.uri} (database "${context.database}") is unreachable: ${reasonOf(error)}; try again when it is back`,
      [],
      details,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DomainError(
      ErrorCode.StoreUnavailable,
      `Neo4j at ${context.uri} has no database "${context.database}" (set NEO4J_DATABASE to an existing one)`,
      [],
      details,
    );
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DomainError(
      ErrorCode.StoreUnavailable,
      `Neo4j at ${context.uri} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD): ${reasonOf(error)}`,
      [],
      details,
    );
  }
  return error;
}
