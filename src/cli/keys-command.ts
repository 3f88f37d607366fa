// `claimgraph keys`: mint an API key and print the line to configure, or hash a key you already have.
import { parseArgs } from 'node:util';
import { ApiKeySchema, hashKey, keyEnvEntry, mintKey } from '../api/auth/api-keys.js';
import { ROLES } from '../api/auth/roles.js';

const USAGE = `usage:
  claimgraph keys new --name NAME --role viewer|editor|admin
      prints a fresh random key (give it to the client, once) and what to store: the CLAIMGRAPH_API_KEYS
      entry and the CLAIMGRAPH_KEYS_FILE object. Only the SHA-256 is stored; the key itself is not kept.
  claimgraph keys hash KEY
      prints the SHA-256 of an existing key (read from stdin when KEY is -)`;

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.trim();
}

export async function runKeysCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'new') {
    const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, role: { type: 'string' } } });
    const parsed = ApiKeySchema.safeParse({ name: values.name, role: values.role, sha256: '0'.repeat(64) });
    if (!parsed.success) {
      print(`claimgraph keys new: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')} (roles: ${ROLES.join(', ')})`);
      return 2;
    }
    const key = mintKey();
    const entry = { ...parsed.data, sha256: hashKey(key) };
    print(`key (shown once; the client sends it as "Authorization: Bearer <key>"):\n  ${key}`);
    print(`CLAIMGRAPH_API_KEYS entry (comma-separate several):\n  ${keyEnvEntry(entry)}`);
    print(`CLAIMGRAPH_KEYS_FILE entry (a JSON array of these):\n  ${JSON.stringify(entry)}`);
    return 0;
  }
  if (action === 'hash' && rest.length === 1) {
    const key = rest[0] === '-' ? await readStdin() : rest[0]!;
    if (key === '') {
      print('claimgraph keys hash: the key is empty');
      return 2;
    }
    print(hashKey(key));
    return 0;
  }
  print(USAGE);
  return action === '--help' || action === '-h' ? 0 : 2;
}
