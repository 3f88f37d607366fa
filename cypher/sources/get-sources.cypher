// Sources by id: one row per requested id, the record null where the id is unknown
UNWIND $ids AS id
OPTIONAL MATCH (source:Source {id: id})
RETURN id, source {.*} AS record
