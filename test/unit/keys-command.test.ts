// `claimgraph keys`: a minted key, configured as printed, authenticates with its name and role.
import { describe, expect, it } from 'vitest';
import { Authenticator } from '../../src/api/auth/authenticator.js';
import { runKeysCommand } from '../../src/cli/keys-command.js';
import { loadConfig } from '../../src/config.js';

const run = async (args: string[]) => {
  const lines: string[] = [];
  const code = await runKeysCommand(args, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
};

describe('claimgraph keys', () => {
  it('new: prints a key and the entry to store; configured as printed, the key is that name and role', async () => {
    const { code, out } = await run(['new', '--name', 'alice', '--role', 'editor']);
    expect(code).toBe(0);
    const key = /^\s+(cg_\S+)$/m.exec(out)![1]!;
    const entry = /^\s+(alice:editor:[0-9a-f]{64})$/m.exec(out)![1]!;
    expect(out).not.toContain(`:${key}`);
    const config = loadConfig({ CLAIMGRAPH_API_KEYS: entry });
    expect(new Authenticator(config.keys).identify(`Bearer ${key}`)).toEqual({ kind: 'key', name: 'alice', role: 'editor' });
  });

  it('hash: prints the SHA-256 of a key', async () => {
    expect(await run(['hash', 'abc'])).toEqual({ code: 0, out: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
  });

  it('refuses a bad name or role, and explains itself', async () => {
    expect((await run(['new', '--name', 'x y', '--role', 'root'])).code).toBe(2);
    const help = await run([]);
    expect(help.code).toBe(2);
    expect(help.out).toContain('claimgraph keys new --name NAME --role viewer|editor|admin');
  });
});
