// One node per normalized name; entities reach it through NAMED, so lookup by name or alias is an index seek
CREATE CONSTRAINT entity_name_key IF NOT EXISTS FOR (n:EntityName) REQUIRE n.key IS UNIQUE
