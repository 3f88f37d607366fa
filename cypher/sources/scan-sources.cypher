// One batch of every Source node in id order after the given id, for scans and migrations
MATCH (source:Source)
WHERE source.id > $after
WITH source
ORDER BY source.id
LIMIT $limit
RETURN source {.*} AS record
