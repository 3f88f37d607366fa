// Routes graphql-yoga's own log calls to our logger; expected (domain) errors are debug, not error.
import type { YogaLogger } from '@graphql-yoga/logger';
import { isDomainError } from '../../domain/errors.js';
import type { Logger } from './logger.js';

/** Domain errors (bad input, stale version, not found) are the API working as designed, wrapped or not. */
function isExpected(error: unknown): boolean {
  if (isDomainError(error)) return true;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original !== undefined && original !== error && isExpected(original);
}

const text = (args: unknown[]): string => args.map((arg) => (typeof arg === 'string' ? arg : arg instanceof Error ? arg.message : JSON.stringify(arg))).join(' ');

export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: (...args: unknown[]) => logger.debug(text(args)),
    info: (...args: unknown[]) => logger.info(text(args)),
    warn: (...args: unknown[]) => logger.warn(text(args)),
    error: (...args: unknown[]) => {
      const error = args.find((arg) => arg instanceof Error);
      if (error && isExpected(error)) {
        const code = isDomainError(error) ? error.code : (error as { originalError?: { code?: string } }).originalError?.code;
        logger.debug('request refused', { code, reason: error.message });
        return;
      }
      // The full error (stack, driver message) goes to the server's log only; clients got a masked one.
      logger.error('unexpected error', { error: error ?? text(args) });
    },
  };
}
