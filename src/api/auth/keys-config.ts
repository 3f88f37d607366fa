// Reads the configured API keys (CLAIMGRAPH_KEYS_FILE and CLAIMGRAPH_API_KEYS) for config.ts, reporting every problem.
import { readFileSync } from 'node:fs';
import { parseKeysFile, type ApiKey } from './api-keys.js';

/** The keys file's keys, or the problems with it (unreadable, not JSON, bad entries). Never echoes a digest. */
export function readKeysFile(path: string): { keys: ApiKey[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    return { keys: [], problems: [`cannot read ${path} (${code})`] };
  }
  return parseKeysFile(text);
}

/** Loopback names and addresses: the only places an open (keyless) server may listen. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
