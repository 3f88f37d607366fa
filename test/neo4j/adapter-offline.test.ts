// The Neo4j adapter's TypeScript side without a server: what it sends (statements, parameters, batching) and how it reads rows back.
import { createRequire } from 'node:module';
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_PREDICATES } from '../../src/domain/predicates.js';
import type { Neo4jConnection } from '../../src/store/neo4j/connection.js';
import { CypherLibrary } from '../../src/store/neo4j/cypher-loader.js';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.js';
import { claimRow, entityRow } from '../../src/store/neo4j/rows.js';
import { encodeCursor } from '../../src/store/pagination.js';
import * as make from '../support/records.js';

const require = createRequire(import.meta.url);
const { parseParameters } = require('@neo4j-cypher/language-support') as typeof import('@neo4j-cypher/language-support');

const library = await CypherLibrary.load();
const nameOf = new Map([...library.names().map((name) => [library.get(name), name] as const), ...library.schema.map((m) => [m.text, m.name] as const)]);

const statementText = (name: string): string => library.schema.find((m) => m.name === name)?.text ?? library.get(name);

type Row = Record<string, unknown>;
interface Call {
  name: string;
  mode: 'READ' | 'WRITE';
  parameters: Record<string, unknown>;
}

/** Stands in for Neo4jConnection: records every statement run and answers from a script. */
class RecordingConnection {
  readonly calls: Call[] = [];
  transactions = 0;
  /** Statements that always return one row answer with an empty one unless a test scripts otherwise. */
  answers = new Map<string, (parameters: Record<string, unknown>) => Row[]>([
    ['list-entities', () => [{ totalCount: neo4j.int(0), records: [] }]],
    ['list-sources', () => [{ totalCount: neo4j.int(0), records: [] }]],
    ['list-conflicts', () => [{ totalCount: neo4j.int(0), records: [] }]],
    ['lock-versioned', ({ ids }) => (ids as string[]).map((id) => ({ id, version: neo4j.int(1) }))],
    ['counts', () => [{ claims: neo4j.int(0), entities: neo4j.int(0), sources: neo4j.int(0), periods: neo4j.int(0), conflicts: neo4j.int(0) }]],
  ]);

  async untilAvailable<T>(_what: string, task: () => Promise<T>): Promise<T> {
    return task();
  }
  async verify(): Promise<void> {}
  async isReady(): Promise<boolean> {
    return true;
  }
  async close(): Promise<void> {}
  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }
  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.transactions++;
    const tx = {
      run: async (text: string, parameters: Record<string, unknown> = {}) => {
        const name = nameOf.get(text) ?? '(not from cypher/)';
        this.calls.push({ name, mode, parameters });
        const rows = this.answers.get(name)?.(parameters) ?? [];
        return { records: rows.map((row) => ({ get: (key: string) => row[key] })) };
      },
    };
    return work(tx as unknown as ManagedTransaction);
  }
}

class OfflineStore extends Neo4jStore {
  constructor(private readonly recorder: RecordingConnection) {
    super({ uri: 'bolt://offline:7687', username: 'neo4j', password: 'unused', database: 'claims' });
  }
  protected override createConnection(): Neo4jConnection {
    return this.recorder as unknown as Neo4jConnection;
  }
}

let connection: RecordingConnection;
let store: OfflineStore;

beforeEach(async () => {
  connection = new RecordingConnection();
  store = new OfflineStore(connection);
  await store.open();
  connection.calls.length = 0;
  connection.transactions = 0;
});

/** Every port method once, so each statement the adapter runs is seen with the parameters it is given. */
async function exerciseEveryMethod(s: Neo4jStore): Promise<void> {
  const company = make.entity();
  const src = make.source();
  const claim = make.claim(company, src);
  await s.commit({
    entities: [company],
    sources: [src],
    periods: [make.period('2025-01-01', '2025-03-31')],
    claims: [claim],
    conflicts: [make.conflict([claim])],
    predicates: [BUILTIN_PREDICATES[0]!],
    history: [make.history(claim.id)],
    reviews: [make.review(claim.id)],
    expectedVersions: { [company.id]: 1 },
  });
  await s.getClaims(['a']);
  await s.getEntities(['a']);
  await s.getSources(['a']);
  await s.getPeriods(['a']);
  await s.getConflicts(['a']);
  await s.findEntitiesByName(['a']);
  await s.findSourcesByUrl(['https://a.example']);
  await s.findClaimsByFingerprint(['a']);
  await s.listClaims([{ filter: {}, page: { first: 1 } }]);
  await s.listEntities(null, { first: 1 });
  await s.listSources({ first: 1 });
  await s.listConflicts({}, { first: 1 });
  await s.productsOf(['a']);
  await s.mergedInto(['a']);
  await s.conflictsOfClaims(['a']);
  await s.claimsByKey([{ subjectId: null, predicate: 'market_share', objectId: 'a' }]);
  await s.historyOf(['a']);
  await s.reviewsOf(['a']);
  await s.listPredicates();
  await s.counts();
  await s.paths('a', 'b', 3, 5);
  for await (const _ of s.scanAll()) void _;
}

describe('neo4j adapter, offline', () => {
  it('gives every statement exactly the parameters it declares, and runs every statement in cypher/', async () => {
    const fresh = new RecordingConnection();
    const offline = new OfflineStore(fresh);
    await offline.open();
    await exerciseEveryMethod(offline);
    const seen = new Set<string>();
    for (const call of fresh.calls) {
      seen.add(call.name);
      const declared = parseParameters(statementText(call.name), false).sort();
      expect(Object.keys(call.parameters).sort(), call.name).toEqual(declared);
    }
    expect([...seen].sort()).toEqual([...library.names(), ...library.schema.map((m) => m.name)].sort());
  });

  it('sends no undefined and no JavaScript floats where Neo4j needs integers', async () => {
    await exerciseEveryMethod(store);
    const check = (value: unknown, path: string): void => {
      expect(value, path).not.toBeUndefined();
      if (Array.isArray(value)) value.forEach((item, index) => check(item, `${path}.${index}`));
      else if (value && typeof value === 'object' && !neo4j.isInt(value)) for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
    };
    for (const call of connection.calls) check(call.parameters, call.name);
    const limits = connection.calls.filter((call) => 'limit' in call.parameters).map((call) => call.parameters.limit);
    expect(limits.length).toBeGreaterThan(0);
    for (const limit of limits) expect(neo4j.isInt(limit)).toBe(true);
  });

  it('adds 10,000 claims in one write transaction of five statements', async () => {
    const subject = make.entity();
    const market = make.entity({ kind: 'MARKET' });
    const src = make.source();
    const claims = Array.from({ length: 10_000 }, () => make.claim(subject, src, { objectId: market.id }));
    await store.commit({ entities: [subject, market], sources: [src], claims });
    expect(connection.transactions).toBe(1);
    expect(connection.calls.map((call) => call.name)).toEqual(['upsert-entities', 'link-entities', 'upsert-sources', 'upsert-claims', 'link-claims']);
    expect((connection.calls[3]!.parameters.rows as unknown[]).length).toBe(10_000);
  });

  it('writes the last version of a record named twice in one change set, once', async () => {
    const company = make.entity();
    await store.commit({ entities: [company, { ...company, name: 'Renamed', version: 2 }] });
    const rows = connection.calls[0]!.parameters.rows as Array<ReturnType<typeof entityRow>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.props.name).toBe('Renamed');
  });

  it('checks expected versions first and writes nothing when one is stale, with the memory store message', async () => {
    const claim = make.claim(make.entity(), make.source());
    connection.answers.set('lock-versioned', () => [{ id: claim.id, version: neo4j.int(3) }]);
    const stale = store.commit({ claims: [{ ...claim, version: 3 }], expectedVersions: { [claim.id]: 2 } });
    await expect(stale).rejects.toMatchObject({
      code: 'claim.version.stale',
      message: `${claim.id} is at version 3, not 2: reload it and apply your change again`,
      field: ['expectedVersion'],
      details: { currentVersion: 3 },
    });
    expect(connection.calls.map((call) => call.name)).toEqual(['lock-versioned']);

    connection.calls.length = 0;
    connection.answers.set('lock-versioned', () => [{ id: claim.id, version: null }]);
    await expect(store.commit({ expectedVersions: { [claim.id]: 1 } })).rejects.toMatchObject({ code: 'node.not_found' });

    connection.calls.length = 0;
    connection.answers.set('lock-versioned', () => [{ id: claim.id, version: neo4j.int(2) }]);
    await store.commit({ claims: [{ ...claim, version: 3 }], expectedVersions: { [claim.id]: 2 } });
    expect(connection.calls.map((call) => call.name)).toEqual(['lock-versioned', 'upsert-claims', 'link-claims']);
  });

  it('answers batched lookups in the order asked, with nulls and repeats, asking each key once', async () => {
    const entity = make.entity({ name: 'Claude Code' });
    const stored = { id: entity.id, ...entityRow(entity).props };
    connection.answers.set('find-entities-by-name', ({ keys }) =>
      (keys as string[]).map((key) => ({ key, record: key === 'claude code' ? stored : null })),
    );
    const found = await store.findEntitiesByName(['nobody', '  CLAUDE   code', 'Claude Code']);
    expect(found.map((e) => e?.id ?? null)).toEqual([null, entity.id, entity.id]);
    expect(connection.calls[0]!.parameters.keys).toEqual(['nobody', 'claude code']);
  });

  it('builds claim pages from rows in any order, with cursors and hasNextPage from the statement', async () => {
    const company = make.entity();
    const src = make.source();
    const claims = [make.claim(company, src), make.claim(company, src), make.claim(company, src)];
    const stored = (c: (typeof claims)[number]) => ({ id: c.id, ...claimRow(c).props });
    connection.answers.set('list-claims', () => [
      { index: neo4j.int(1), totalCount: neo4j.int(0), records: [], hasNextPage: false },
      { index: neo4j.int(0), totalCount: neo4j.int(3), records: claims.slice(1, 3).map(stored), hasNextPage: false },
    ]);
    const [afterFirst, none] = await store.listClaims([
      { filter: { subjectIds: [company.id], text: ' Holds  32% ' }, page: { first: 2, after: encodeCursor(claims[0]!.id) } },
      { filter: { ids: [] }, page: { first: 2 } },
    ]);
    expect(afterFirst).toEqual({ items: claims.slice(1, 3), totalCount: 3, endCursor: encodeCursor(claims[2]!.id), hasNextPage: false });
    expect(none).toEqual({ items: [], totalCount: 0, endCursor: null, hasNextPage: false });
    const [sent] = connection.calls[0]!.parameters.queries as Array<Record<string, unknown>>;
    expect(sent).toMatchObject({ subjectIds: [company.id], words: ['holds', '32%'], after: claims[0]!.id, ids: null });
  });

  it('pages entities by fetching one more than asked', async () => {
    const entities = [make.entity(), make.entity(), make.entity()];
    connection.answers.set('list-entities', () => [
      { totalCount: neo4j.int(7), records: entities.map((e) => ({ id: e.id, ...entityRow(e).props })) },
    ]);
    const page = await store.listEntities('COMPANY', { first: 2 });
    expect(connection.calls[0]!.parameters).toMatchObject({ kind: 'COMPANY', after: '', limit: neo4j.int(3) });
    expect(page).toEqual({ items: entities.slice(0, 2), totalCount: 7, endCursor: encodeCursor(entities[1]!.id), hasNextPage: true });
  });

  it('answers a path from an entity to itself without asking Neo4j, as the memory store does', async () => {
    expect(await store.paths('ent_a', 'ent_a', 3, 5)).toEqual([{ fromId: 'ent_a', steps: [] }]);
    expect(connection.calls).toEqual([]);
  });

  it('rejects a foreign cursor before any statement runs', async () => {
    await expect(store.listClaims([{ filter: {}, page: { first: 1, after: 'bm9wZQ' } }])).rejects.toMatchObject({ code: 'page.cursor.invalid' });
    expect(connection.calls).toEqual([]);
  });
});

describe('neo4j schema migrations, offline', () => {
  it('runs every schema statement in file order, and records only those not yet recorded', async () => {
    const fresh = new RecordingConnection();
    const already = library.schema[0]!;
    fresh.answers.set('applied-migrations', () => [{ name: already.name, checksum: null }]);
    const offline = new OfflineStore(fresh);
    await offline.open();
    const schemaRuns = fresh.calls.filter((call) => library.schema.some((m) => m.name === call.name)).map((call) => call.name);
    expect(schemaRuns).toEqual(library.schema.map((m) => m.name));
    const recorded = fresh.calls.filter((call) => call.name === 'record-migration').map((call) => call.parameters.name);
    expect(recorded).toEqual(library.schema.slice(1).map((m) => m.name));
    expect(offline.lastMigration).toEqual({ applied: library.schema.slice(1).map((m) => m.name), alreadyApplied: [already.name] });
  });
});
