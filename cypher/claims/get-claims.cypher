// Claims by id: one row per requested id, the record null where the id is unknown
UNWIND $ids AS id
OPTIONAL MATCH (claim:Claim {id: id})
RETURN id, claim {.*} AS record
