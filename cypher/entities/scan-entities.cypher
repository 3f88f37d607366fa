// One batch of every Entity node in id order after the given id, for scans and migrations
MATCH (entity:Entity)
WHERE entity.id > $after
WITH entity
ORDER BY entity.id
LIMIT $limit
RETURN entity {.*} AS record
