// Conflicts are merged on id
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (f:Conflict) REQUIRE f.id IS UNIQUE
