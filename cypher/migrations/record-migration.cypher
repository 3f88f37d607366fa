// Records that a schema migration was applied (once: re-applying an IF NOT EXISTS statement keeps the first record)
MERGE (migration:SchemaMigration {name: $name})
ON CREATE SET migration.appliedAt = datetime(), migration.checksum = $checksum
RETURN migration.appliedAt AS appliedAt
