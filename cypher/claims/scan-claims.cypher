// One batch of every Claim node in id order after the given id, for scans and migrations
MATCH (claim:Claim)
WHERE claim.id > $after
WITH claim
ORDER BY claim.id
LIMIT $limit
RETURN claim {.*} AS record
