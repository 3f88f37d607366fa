// One batch of every Period node in id order after the given id, for scans and migrations
MATCH (period:Period)
WHERE period.id > $after
WITH period
ORDER BY period.id
LIMIT $limit
RETURN period {.*} AS record
