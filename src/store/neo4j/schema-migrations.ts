// Applies cypher/schema/*.cypher in file-name order at open(), idempotently, recording each as a (:SchemaMigration) node.
import { createHash } from 'node:crypto';
import type { Neo4jConnection } from './connection.js';
import type { CypherLibrary } from './cypher-loader.js';
import { Statement } from './statements.js';

export interface MigrationReport {
  /** Migrations recorded for the first time by this run. */
  applied: string[];
  /** Migrations already recorded (their IF NOT EXISTS statements ran again, changing nothing). */
  alreadyApplied: string[];
}

const checksumOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Every statement runs on every start, not only new ones: each is CREATE ... IF NOT EXISTS, so a re-run
 * is a no-op, and an index someone dropped by hand comes back. A schema command may not share a
 * transaction with data writes, hence one transaction for the statement and one for its record.
 */
export async function applySchemaMigrations(
  connection: Neo4jConnection,
  cypher: CypherLibrary,
  onWarning: (message: string) => void,
): Promise<MigrationReport> {
  const recorded = await connection.read(async (tx) => {
    const result = await tx.run(cypher.get(Statement.appliedMigrations));
    return new Map(result.records.map((record) => [String(record.get('name')), record.get('checksum') as string | null]));
  });
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of cypher.schema) {
    const checksum = checksumOf(migration.text);
    await connection.write(async (tx) => {
      await tx.run(migration.text);
    });
    const previous = recorded.get(migration.name);
    if (previous === undefined) {
      await connection.write(async (tx) => {
        await tx.run(cypher.get(Statement.recordMigration), { name: migration.name, checksum });
      });
      report.applied.push(migration.name);
      continue;
    }
    report.alreadyApplied.push(migration.name);
    if (previous !== null && previous !== checksum) {
      // IF NOT EXISTS keeps an existing index or constraint of that name as it is: an edit needs a new file.
      onWarning(`schema migration cypher/${migration.file} changed after it was applied; add a new migration file to change the schema`);
    }
  }
  return report;
}
