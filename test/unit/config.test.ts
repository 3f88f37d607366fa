// Configuration: defaults, store selection, and every bad variable named at once.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded store on loopback port 4000 with ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', store: 'memory', dataDir: './data', seed: true });
  });

  it('chooses Neo4j when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret' });
    expect(config.store).toBe('neo4j');
    expect(config.neo4j).toEqual({ uri: 'bolt://localhost:7687', username: 'neo4j', password: 'secret', database: 'neo4j' });
  });

  it('names every bad variable, and never echoes a secret', () => {
    try {
      loadConfig({ PORT: 'eighty', CLAIMGRAPH_STORE: 'neo4j', CLAIMGRAPH_SEED: 'maybe', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'hunter2' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      for (const name of ['PORT', 'CLAIMGRAPH_SEED', 'NEO4J_URI']) expect(message).toContain(name);
      expect(message).not.toContain('hunter2');
    }
  });
});

describe('an open server', () => {
  it('may not listen beyond loopback, unless it sits behind a loopback-only port mapping', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST/);
    expect(loadConfig({ HOST: '0.0.0.0', CLAIMGRAPH_OPEN_BEHIND_LOOPBACK: 'true' }).host).toBe('0.0.0.0');
  });
});
