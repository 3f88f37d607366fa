// API keys as configured: a name, a role and the SHA-256 of the key (never the key itself); parsing, hashing, minting.
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from './roles.js';

export interface ApiKey {
  /** Recorded as the actor in history: who did it. */
  name: string;
  role: Role;
  /** Lower-case hex SHA-256 of the key as the client sends it. */
  sha256: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export const ApiKeySchema = z.object({
  name: z.string().regex(NAME, 'name must be 1-64 letters, digits, . _ @ -, starting with a letter or digit'),
  role: z.enum(ROLES),
  sha256: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.string().regex(SHA256_HEX, 'sha256 must be 64 hex digits (the SHA-256 of the key, not the key)')),
});

export const ApiKeyListSchema = z.array(ApiKeySchema);

/** SHA-256 hex of a key: what is stored, and what a presented key is compared by. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh random key: 32 bytes of entropy, base64url, with a prefix that makes leaked keys easy to grep for. */
export function mintKey(): string {
  return `cg_${randomBytes(32).toString('base64url')}`;
}

/** The CLAIMGRAPH_API_KEYS form of one key: name:role:sha256. */
export const keyEnvEntry = (key: ApiKey): string => `${key.name}:${key.role}:${key.sha256}`;

/**
 * Parses CLAIMGRAPH_API_KEYS ("name:role:sha256hex,..."): returns the keys and a problem per bad entry
 * (by position and name, never echoing the digest).
 */
export function parseKeysEnv(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  entries.forEach((entry, index) => {
    const [name, role, sha256, ...rest] = entry.split(':');
    const parsed = ApiKeySchema.safeParse({ name, role, sha256 });
    if (rest.length > 0 || !parsed.success) {
      const why = rest.length > 0 ? 'expected name:role:sha256' : parsed.error!.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
      problems.push(`entry ${index + 1}${name ? ` (${name})` : ''}: ${why}`);
    } else keys.push(parsed.data);
  });
  return { keys, problems };
}

/** Parses a keys file's JSON text ([{ name, role, sha256 }]). */
export function parseKeysFile(text: string): { keys: ApiKey[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { keys: [], problems: ['is not valid JSON'] };
  }
  const parsed = ApiKeyListSchema.safeParse(json);
  if (parsed.success) return { keys: parsed.data, problems: [] };
  return { keys: [], problems: parsed.error.issues.map((issue) => `${issue.path.length ? `[${issue.path.join('.')}] ` : ''}${issue.message}`) };
}

/** Names must be unique (the name is the actor in history), and so must digests (one key, one identity). */
export function duplicateProblems(keys: readonly ApiKey[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const digests = new Set<string>();
  for (const key of keys) {
    if (names.has(key.name)) problems.push(`key name "${key.name}" is used twice`);
    if (digests.has(key.sha256)) problems.push(`key "${key.name}" has the same key as another`);
    names.add(key.name);
    digests.add(key.sha256);
  }
  return problems;
}
