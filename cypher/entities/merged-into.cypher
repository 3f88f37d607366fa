// Entities merged into each survivor (incoming SAME_AS), one row per requested id, each list in id order
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Entity {id: id})<-[:SAME_AS]-(duplicate:Entity)
  WITH DISTINCT duplicate
  ORDER BY duplicate.id
  RETURN collect(duplicate {.*}) AS records
}
RETURN id, records
