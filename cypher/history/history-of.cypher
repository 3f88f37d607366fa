// Audit history of each target (claim, entity or conflict), one row per requested id, each list in the order it was written (ids are ULIDs)
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (change:Change {targetId: id})
  WITH change
  ORDER BY change.id
  RETURN collect(change {.*}) AS records
}
RETURN id, records
