// Chooses the store adapter the configuration asks for.
import type { Config } from '../config.js';
import { MemoryStore } from './memory/memory-store.js';
import type { GraphStore } from './port.js';

export async function createStore(config: Config, onWarning: (message: string) => void): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    // Loaded lazily so the embedded default never pays for the driver.
    const { Neo4jStore } = await import('./neo4j/neo4j-store.js');
    return new Neo4jStore({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password! }, onWarning);
  }
  return new MemoryStore({ dataDir: config.dataDir, onWarning });
}
