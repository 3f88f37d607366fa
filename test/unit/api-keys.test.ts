// API key configuration: parsing both forms, hashing, matching, and config refusing an open server off loopback.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey, mintKey, parseKeysEnv, parseKeysFile } from '../../src/api/auth/api-keys.js';
import { Authenticator } from '../../src/api/auth/authenticator.js';
import { isLoopback } from '../../src/api/auth/keys-config.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const digest = hashKey('secret-key');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimgraph-keys-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const problemsOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
};

describe('API keys', () => {
  it('hashes keys with SHA-256 and mints random ones', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const [a, b] = [mintKey(), mintKey()];
    expect(a).toMatch(/^cg_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it('parses CLAIMGRAPH_API_KEYS and reports each bad entry by position and name, never its digest', () => {
    const { keys, problems } = parseKeysEnv(`alice:editor:${digest}, bob:root:${digest},carol:viewer:xyz,dave`);
    expect(keys).toEqual([{ name: 'alice', role: 'editor', sha256: digest }]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^entry 2 \(bob\): role/);
    expect(problems[1]).toMatch(/^entry 3 \(carol\): sha256 sha256 must be 64 hex digits/);
    expect(problems.join()).not.toContain(digest);
  });

  it('parses a keys file', () => {
    expect(parseKeysFile(JSON.stringify([{ name: 'ci', role: 'viewer', sha256: digest.toUpperCase() }])).keys).toEqual([{ name: 'ci', role: 'viewer', sha256: digest }]);
    expect(parseKeysFile('{').problems).toEqual(['is not valid JSON']);
    expect(parseKeysFile('[{"name":"x","role":"admin"}]').problems[0]).toMatch(/^\[0\.sha256\]/);
  });

  it('matches the presented key by digest and reads only a Bearer header', () => {
    const auth = new Authenticator([{ name: 'alice', role: 'editor', sha256: digest }]);
    expect(auth.identify('Bearer secret-key')).toEqual({ kind: 'key', name: 'alice', role: 'editor' });
    expect(auth.identify('bearer   secret-key')).toEqual({ kind: 'key', name: 'alice', role: 'editor' });
    expect(auth.identify('Bearer secret-key2').kind).toBe('invalid');
    expect(auth.identify('secret-key').kind).toBe('invalid');
    expect(auth.identify(`Bearer ${'a'.repeat(100_000)}`).kind).toBe('invalid');
    expect(auth.identify(undefined).kind).toBe('anonymous');
    expect(Authenticator.open().identify('Bearer whatever')).toEqual({ kind: 'open', name: 'local', role: 'admin' });
  });

  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.com', '127.0.0.1.example.com']) expect(isLoopback(host), host).toBe(false);
  });
});

describe('config', () => {
  it('refuses a non-loopback HOST without keys, naming HOST', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toMatch(/HOST: 0\.0\.0\.0 is not loopback, and no API keys are configured/);
  });

  it('allows any HOST once keys are configured, from the environment and a file together', async () => {
    const file = join(dir, 'keys.json');
    await writeFile(file, JSON.stringify([{ name: 'ci', role: 'viewer', sha256: hashKey('ci-key') }]));
    const config = loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_API_KEYS: `alice:admin:${digest}`, CLAIMGRAPH_KEYS_FILE: file });
    expect(config.keys.map((key) => `${key.name}:${key.role}`)).toEqual(['ci:viewer', 'alice:admin']);
  });

  it('reports every bad key variable and limit at once', async () => {
    const message = problemsOf({
      CLAIMGRAPH_KEYS_FILE: join(dir, 'missing.json'),
      CLAIMGRAPH_API_KEYS: 'bob:root:00',
      CLAIMGRAPH_MAX_DEPTH: '0',
      CLAIMGRAPH_REQUEST_TIMEOUT_MS: 'soon',
      LOG_LEVEL: 'loud',
    });
    for (const name of ['CLAIMGRAPH_KEYS_FILE: cannot read', 'CLAIMGRAPH_API_KEYS: entry 1 (bob)', 'CLAIMGRAPH_MAX_DEPTH', 'CLAIMGRAPH_REQUEST_TIMEOUT_MS', 'LOG_LEVEL']) {
      expect(message).toContain(name);
    }
  });

  it('refuses two keys with one name', () => {
    expect(problemsOf({ CLAIMGRAPH_API_KEYS: `a:viewer:${digest},a:admin:${hashKey('other')}` })).toContain('key name "a" is used twice');
  });

  it('defaults: limits, introspection on in development and off in production, JSON logs in production', () => {
    const development = loadConfig({});
    expect(development.requestLimits).toEqual({ maxDepth: 10, maxCost: 100_000, maxAliases: 20, maxTokens: 5_000, maxDirectives: 20, maxBodyBytes: 2_097_152, timeoutMs: 15_000 });
    expect(development).toMatchObject({ maxBatchSize: 1_000, introspection: true, log: { level: 'info', format: 'pretty' }, keys: [] });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, log: { format: 'json' } });
    expect(loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(development.corsOrigins).toEqual([]);
    expect(loadConfig({ CLAIMGRAPH_CORS_ORIGINS: 'https://a.example, http://localhost:3000' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:3000']);
    expect(problemsOf({ CLAIMGRAPH_CORS_ORIGINS: '*' })).toContain('CLAIMGRAPH_CORS_ORIGINS');
  });
});
