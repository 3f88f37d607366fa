// History entries are merged on id, so re-committing or migrating them twice adds nothing
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (h:Change) REQUIRE h.id IS UNIQUE
