// Conflicts by id: one row per requested id, the record null where the id is unknown
UNWIND $ids AS id
OPTIONAL MATCH (conflict:Conflict {id: id})
RETURN id, conflict {.*} AS record
