// Runs the GraphStore contract and the adapter's own checks against Neo4j in a container; skips itself where no Docker engine answers.
import { readFileSync } from 'node:fs';
import { Neo4jContainer, type StartedNeo4jContainer } from '@testcontainers/neo4j';
import { ManagedTransaction } from 'neo4j-driver';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CypherLibrary } from '../../src/store/neo4j/cypher-loader.js';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store.js';
import type { MigrationReport } from '../../src/store/neo4j/schema-migrations.js';
import { graphStoreContract } from '../contract/graph-store-contract.js';
import * as make from '../support/records.js';
import { dockerAnswers, SKIP_LINE } from './docker.js';
import { NEO4J_IMAGE } from './neo4j-image.js';

const docker = await dockerAnswers();
if (!docker) process.stderr.write(`${SKIP_LINE}\n`);

const warnings: string[] = [];
let started: Promise<StartedNeo4jContainer> | null = null;
let stopped = false;

/** One container for the whole file, started by whichever suite needs it first. */
function container(): Promise<StartedNeo4jContainer> {
  started ??= new Neo4jContainer(NEO4J_IMAGE)
    .withPassword('claimgraph-test')
    // Small memory settings: the suite needs little, and CI machines are shared.
    .withEnvironment({ NEO4J_server_memory_heap_max__size: '512m', NEO4J_server_memory_pagecache_size: '128m' })
    .start();
  return started;
}

async function optionsFor(neo4j: StartedNeo4jContainer): Promise<Neo4jStoreOptions> {
  return {
    uri: neo4j.getBoltUri(),
    username: neo4j.getUsername(),
    password: neo4j.getPassword(),
    database: 'neo4j',
    startupTimeoutMs: 60_000,
    requestTimeoutMs: 2_000,
  };
}

async function openStore(): Promise<Neo4jStore> {
  const store = new Neo4jStore(await optionsFor(await container()), (warning) => warnings.push(warning));
  await store.open();
  return store;
}

afterAll(async () => {
  if (started && !stopped) await (await started).stop();
}, 60_000);

describe.skipIf(!docker)(`Neo4j store on ${NEO4J_IMAGE}`, () => {
  let current: Neo4jStore;
  let firstMigration: MigrationReport | null = null;

  // Tests use unique ids (test/support/records.ts), so they share one database without wiping it.
  graphStoreContract(
    'neo4j (testcontainers)',
    async () => {
      current = await openStore();
      firstMigration = current.lastMigration;
      return {
        store: () => current,
        reopen: async () => {
          await current.close();
          current = await openStore();
          return current;
        },
      };
    },
    async () => {
      await current?.close();
    },
  );

  describe('schema migrations', () => {
    it('apply every cypher/schema file once, record it, and change nothing when opened again', async () => {
      const names = (await CypherLibrary.load()).schema.map((migration) => migration.name);
      expect(firstMigration?.applied).toEqual(names);
      const again = await openStore();
      try {
        expect(again.lastMigration).toEqual({ applied: [], alreadyApplied: names });
      } finally {
        await again.close();
      }
    });

    it('enforce uniqueness: a second source for a known URL is a store.conflict', async () => {
      const store = await openStore();
      try {
        const first = make.source();
        await store.commit({ sources: [first] });
        await expect(store.commit({ sources: [make.source({ url: first.url })] })).rejects.toMatchObject({ code: 'store.conflict' });
      } finally {
        await store.close();
      }
    });
  });

  describe('writes', () => {
    it('adds 10,000 claims in one transaction of a handful of statements', async () => {
      const store = await openStore();
      const runs = vi.spyOn(ManagedTransaction.prototype, 'run');
      try {
        const subject = make.entity();
        const market = make.entity({ kind: 'MARKET' });
        const src = make.source();
        const claims = Array.from({ length: 10_000 }, () => make.claim(subject, src, { objectId: market.id }));
        const before = await store.counts();
        runs.mockClear();
        await store.commit({ entities: [subject, market], sources: [src], claims });
        // upsert + link entities, upsert sources, upsert + link claims
        expect(runs).toHaveBeenCalledTimes(5);
        expect((await store.counts()).claims - before.claims).toBe(10_000);
        const [page] = await store.listClaims([{ filter: { objectIds: [market.id] }, page: { first: 3 } }]);
        expect(page!.totalCount).toBe(10_000);
        expect(page!.items.map((c) => c.id)).toEqual(claims.slice(0, 3).map((c) => c.id));
      } finally {
        runs.mockRestore();
        await store.close();
      }
    }, 120_000);

    it('leaves no old links behind when a claim is rewritten, and links a maker written after its product', async () => {
      const store = await openStore();
      try {
        const maker = make.entity();
        const product = make.entity({ kind: 'PRODUCT', makerId: maker.id });
        const market = make.entity({ kind: 'MARKET' });
        const other = make.entity({ kind: 'MARKET' });
        const src = make.source();
        await store.commit({ entities: [product, market, other], sources: [src] });
        await store.commit({ entities: [maker] });
        expect((await store.productsOf([maker.id]))[0]!.map((e) => e.id)).toEqual([product.id]);
        const claim = make.claim(product, src, { objectId: market.id });
        await store.commit({ claims: [claim] });
        await store.commit({ claims: [{ ...claim, objectId: other.id, version: 2 }] });
        expect((await store.paths(product.id, market.id, 4, 10)).length).toBe(0);
        expect(await store.paths(maker.id, other.id, 4, 10)).toEqual([
          {
            fromId: maker.id,
            steps: [
              { via: 'MADE_BY', claimId: null, entityId: product.id },
              { via: 'CLAIM', claimId: claim.id, entityId: other.id },
            ],
          },
        ]);
        await store.commit({ claims: [{ ...claim, objectId: other.id, status: 'RETRACTED', version: 3 }] });
        expect(await store.paths(product.id, other.id, 4, 10)).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it('counts hops, not relationships: a maker link and a claim between the same two entities are both shortest', async () => {
      const store = await openStore();
      try {
        const maker = make.entity();
        const product = make.entity({ kind: 'PRODUCT', makerId: maker.id });
        const src = make.source();
        const claim = make.claim(product, src, { predicate: 'leader_of', objectId: maker.id, value: null });
        await store.commit({ entities: [maker, product], sources: [src], claims: [claim] });
        const steps = (await store.paths(product.id, maker.id, 2, 10)).map((path) => path.steps);
        expect(steps).toHaveLength(2);
        expect(steps).toContainEqual([{ via: 'MADE_BY', claimId: null, entityId: maker.id }]);
        expect(steps).toContainEqual([{ via: 'CLAIM', claimId: claim.id, entityId: maker.id }]);
      } finally {
        await store.close();
      }
    });
  });

  describe('readiness (last: it stops the container)', () => {
    it('is ready while Neo4j runs; after it stops, /ready turns false and requests fail fast with store.unavailable', async () => {
      const store = await openStore();
      try {
        expect(await store.isReady()).toBe(true);
        await (await container()).stop();
        stopped = true;
        await new Promise((resolve) => setTimeout(resolve, 1_200)); // past the readiness cache
        expect(await store.isReady()).toBe(false);
        const startedAt = Date.now();
        await expect(store.getClaims(['clm_any'])).rejects.toMatchObject({ code: 'store.unavailable' });
        expect(Date.now() - startedAt).toBeLessThan(15_000);
      } finally {
        await store.close();
      }
    }, 90_000);
  });
});

describe('the Neo4j image is pinned in one place', () => {
  it('docker-compose.yml runs the image the tests run', () => {
    const compose = readFileSync(new URL('../../docker-compose.yml', import.meta.url), 'utf8');
    expect(compose).toContain(`image: ${NEO4J_IMAGE}`);
  });
});
