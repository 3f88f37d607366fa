// One page of live (unmerged) entities, optionally of one kind, in id order after the cursor, with their total count
CALL () {
  MATCH (entity:Entity)
  WHERE entity.mergedIntoId IS NULL AND ($kind IS NULL OR entity.kind = $kind)
  RETURN count(entity) AS totalCount
}
CALL () {
  MATCH (entity:Entity)
  WHERE entity.id > $after AND entity.mergedIntoId IS NULL AND ($kind IS NULL OR entity.kind = $kind)
  WITH entity
  ORDER BY entity.id
  LIMIT $limit
  RETURN collect(entity {.*}) AS records
}
RETURN totalCount, records
