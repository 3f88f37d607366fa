// Schema migrations already applied to this database, with the checksum of the statement each ran
MATCH (migration:SchemaMigration)
RETURN migration.name AS name, migration.checksum AS checksum
ORDER BY migration.name
