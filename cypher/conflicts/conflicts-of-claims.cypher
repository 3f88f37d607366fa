// Conflicts involving each claim (incoming INVOLVES), one row per requested id, each list in id order
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Claim {id: id})<-[:INVOLVES]-(conflict:Conflict)
  WITH DISTINCT conflict
  ORDER BY conflict.id
  RETURN collect(conflict {.*}) AS records
}
RETURN id, records
