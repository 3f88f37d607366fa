// Who is calling: the API key in `Authorization: Bearer <key>`, matched by SHA-256 digest in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { GraphQLError } from 'graphql';
import type { ApiKey } from './api-keys.js';
import { forbidden, toResponse, unauthenticated } from './auth-errors.js';
import { satisfies, type Role } from './roles.js';

/** The caller as far as access goes. */
export type Identity =
  | { kind: 'key'; name: string; role: Role }
  /** No keys are configured: the server is loopback-only and everyone is admin. */
  | { kind: 'open'; name: 'local'; role: 'admin' }
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string };

/** A caller that may act: its name is the actor recorded in history. */
export interface Principal {
  name: string;
  role: Role;
}

export type AuthorizeResult = { ok: true; principal: Principal } | { ok: false; response: Response; error: GraphQLError };

/** What `authorize` accepts: a Fetch Request (yoga plugins) or node's IncomingMessage (plain node handlers). */
export type RequestLike = { headers: Headers } | { headers: IncomingHttpHeaders };

const OPEN: Identity = { kind: 'open', name: 'local', role: 'admin' };
// RFC 6750 b64token; longer than any key we mint by far, short enough that nobody makes us hash megabytes.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]{1,512}=*) *$/i;

function headerOf(request: RequestLike): string | null {
  const headers = request.headers;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get('authorization');
  const value = (headers as IncomingHttpHeaders).authorization;
  return typeof value === 'string' ? value : null;
}

export class Authenticator {
  private readonly digests: Array<{ key: ApiKey; digest: Buffer }>;

  /** `keys` empty means open: see Identity 'open'. Config refuses a non-loopback HOST in that case. */
  constructor(keys: readonly ApiKey[]) {
    this.digests = keys.map((key) => ({ key, digest: Buffer.from(key.sha256, 'hex') }));
  }

  static open(): Authenticator {
    return new Authenticator([]);
  }

  get isOpen(): boolean {
    return this.digests.length === 0;
  }

  /** Reads the Authorization header value. Never throws; a bad header is an 'invalid' identity. */
  identify(authorization: string | null | undefined): Identity {
    if (this.isOpen) return OPEN;
    if (authorization === null || authorization === undefined || authorization.trim() === '') return { kind: 'anonymous' };
    const token = BEARER.exec(authorization)?.[1];
    if (!token) return { kind: 'invalid', reason: 'the Authorization header is not "Bearer <key>"' };
    const presented = createHash('sha256').update(token, 'utf8').digest();
    // Compare against every key, without stopping at a match, so timing says nothing about which key (or how much) matched.
    let found: ApiKey | null = null;
    for (const { key, digest } of this.digests) {
      if (timingSafeEqual(presented, digest) && found === null) found = key;
    }
    return found ? { kind: 'key', name: found.name, role: found.role } : { kind: 'invalid', reason: 'the API key is not recognised' };
  }

  /** Null when `identity` may do `what` (which needs `needed`); otherwise the 401 / 403 error to return. */
  check(identity: Identity, needed: Role, what: string): GraphQLError | null {
    switch (identity.kind) {
      case 'open':
      case 'key':
        return satisfies(identity.role, needed) ? null : forbidden(needed, what, identity.name, identity.role);
      case 'anonymous':
        return unauthenticated(needed, what, null);
      case 'invalid':
        return unauthenticated(needed, what, identity.reason);
    }
  }

  /**
   * For HTTP routes outside GraphQL (exports, metrics): the caller if it holds `role`, else the 401/403
   * response to send as is.
   *
   *   const access = auth.authorize(request, 'viewer');
   *   if (!access.ok) return access.response;
   */
  authorize(request: RequestLike, role: Role, what = 'this route'): AuthorizeResult {
    const identity = this.identify(headerOf(request));
    const error = this.check(identity, role, what);
    if (error) return { ok: false, response: toResponse(error), error };
    return { ok: true, principal: principalOf(identity)! };
  }
}

/** The principal of an identity that may act at all; null for anonymous and invalid callers. */
export function principalOf(identity: Identity): Principal | null {
  return identity.kind === 'key' || identity.kind === 'open' ? { name: identity.name, role: identity.role } : null;
}
