// Periods are merged on id (the id is derived from the interval, so claims about one interval share a node)
CREATE CONSTRAINT period_id IF NOT EXISTS FOR (p:Period) REQUIRE p.id IS UNIQUE
