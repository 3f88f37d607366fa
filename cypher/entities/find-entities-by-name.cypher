// Live entities by normalized name or alias: one row per key; where several share a name, the most recently updated wins
UNWIND $keys AS key
CALL (key) {
  OPTIONAL MATCH (:EntityName {key: key})<-[:NAMED]-(entity:Entity)
  WHERE entity.mergedIntoId IS NULL
  RETURN entity
  ORDER BY entity.updatedAt DESC, entity.id DESC
  LIMIT 1
}
RETURN key, entity {.*} AS record
