// One batch of every Change node in id order after the given id, for scans and migrations
MATCH (change:Change)
WHERE change.id > $after
WITH change
ORDER BY change.id
LIMIT $limit
RETURN change {.*} AS record
