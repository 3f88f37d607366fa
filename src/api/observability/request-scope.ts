// What is known about the request being handled, reachable from anywhere in its async call tree (for logs).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestScope {
  requestId: string;
  /** e.g. "mutation addClaims", once the operation is known. */
  operation?: string;
  /** The key's name, once authenticated. */
  actor?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

// A caller's id is echoed only if it is short and plain, so it cannot inject into logs or headers.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's x-request-id when it is safe to echo, else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined | null): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SAFE_ID.test(value) ? value : randomUUID();
}

/** Adds what the request has revealed so far (operation, actor) to its scope, if there is one. */
export function noteOnRequest(details: Partial<Omit<RequestScope, 'requestId'>>): void {
  const scope = requestScope.getStore();
  if (scope) Object.assign(scope, details);
}
