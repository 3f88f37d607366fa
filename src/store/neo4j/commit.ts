// The work of one commit, run inside a single managed write transaction: version check first, then UNWIND batches per kind.
import type { ManagedTransaction } from 'neo4j-driver';
import { DomainError, ErrorCode } from '../../domain/errors.js';
import type { ChangeSet } from '../port.js';
import type { CypherLibrary } from './cypher-loader.js';
import { toPlain } from './mapping.js';
import {
  claimRow,
  conflictRow,
  entityRow,
  historyRow,
  lastById,
  periodRow,
  predicateRow,
  reviewRow,
  sourceRow,
} from './rows.js';
import { Statement, type StatementName } from './statements.js';

/**
 * Idempotent, as the driver may run it again in a fresh transaction after a transient error: every
 * write is a MERGE on the record's key plus SET, and links are deleted and recreated.
 */
export async function commitWork(tx: ManagedTransaction, cypher: CypherLibrary, changes: ChangeSet, batchSize: number): Promise<void> {
  await checkExpectedVersions(tx, cypher, changes.expectedVersions ?? {});
  const run = async (name: StatementName, rows: readonly unknown[]): Promise<void> => {
    for (let start = 0; start < rows.length; start += batchSize) {
      await tx.run(cypher.get(name), { rows: rows.slice(start, start + batchSize) });
    }
  };
  // Same order as the memory store applies a change set; nodes before the links that need them.
  const entities = lastById(changes.entities ?? [], (e) => e.id).map(entityRow);
  await run(Statement.upsertEntities, entities);
  await run(Statement.linkEntities, entities);
  await run(Statement.upsertSources, lastById(changes.sources ?? [], (s) => s.id).map(sourceRow));
  await run(Statement.upsertPeriods, lastById(changes.periods ?? [], (p) => p.id).map(periodRow));
  const claims = lastById(changes.claims ?? [], (c) => c.id).map(claimRow);
  await run(Statement.upsertClaims, claims);
  await run(Statement.linkClaims, claims);
  const conflicts = lastById(changes.conflicts ?? [], (c) => c.id).map(conflictRow);
  await run(Statement.upsertConflicts, conflicts);
  await run(Statement.linkConflicts, conflicts);
  await run(Statement.upsertPredicates, lastById(changes.predicates ?? [], (p) => p.name).map(predicateRow));
  await run(Statement.upsertHistory, lastById(changes.history ?? [], (h) => h.id).map(historyRow));
  await run(Statement.upsertReviews, lastById(changes.reviews ?? [], (r) => r.id).map(reviewRow));
}

/** Locks the named nodes, then fails (writing nothing) unless each is at its expected version: as the memory store. */
async function checkExpectedVersions(tx: ManagedTransaction, cypher: CypherLibrary, expected: Record<string, number>): Promise<void> {
  const entries = Object.entries(expected);
  if (entries.length === 0) return;
  const result = await tx.run(cypher.get(Statement.lockVersioned), { ids: entries.map(([id]) => id) });
  const current = new Map(result.records.map((record) => [String(record.get('id')), toPlain(record.get('version'))]));
  for (const [id, version] of entries) {
    const found = current.get(id);
    if (typeof found !== 'number') throw new DomainError(ErrorCode.NodeNotFound, `no node with id ${id}`, ['id']);
    if (found !== version) {
      throw new DomainError(
        ErrorCode.VersionStale,
        `${id} is at version ${found}, not ${version}: reload it and apply your change again`,
        ['expectedVersion'],
        { currentVersion: found },
      );
    }
  }
}
