// The same claims never produce a duplicate conflict: the key (rule + sorted claim ids) is unique
CREATE CONSTRAINT conflict_key IF NOT EXISTS FOR (f:Conflict) REQUIRE f.key IS UNIQUE
