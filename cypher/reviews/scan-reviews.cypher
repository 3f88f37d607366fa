// One batch of every Review node in id order after the given id, for scans and migrations
MATCH (review:Review)
WHERE review.id > $after
WITH review
ORDER BY review.id
LIMIT $limit
RETURN review {.*} AS record
