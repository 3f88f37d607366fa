// Runs the GraphStore contract against the embedded store, durable on a temp data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../../src/store/memory/memory-store.js';
import { graphStoreContract } from './graph-store-contract.js';

let dir: string;
let current: MemoryStore;

graphStoreContract(
  'memory (journaled)',
  async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-contract-'));
    current = new MemoryStore({ dataDir: dir });
    await current.open();
    return {
      store: () => current,
      reopen: async () => {
        await current.close();
        current = new MemoryStore({ dataDir: dir });
        await current.open();
        return current;
      },
    };
  },
  async () => {
    await current.close();
    await rm(dir, { recursive: true, force: true });
  },
);
