// Periods by id: one row per requested id, the record null where the id is unknown
UNWIND $ids AS id
OPTIONAL MATCH (period:Period {id: id})
RETURN id, period {.*} AS record
