// One batch of every Conflict node in id order after the given id, for scans and migrations
MATCH (conflict:Conflict)
WHERE conflict.id > $after
WITH conflict
ORDER BY conflict.id
LIMIT $limit
RETURN conflict {.*} AS record
