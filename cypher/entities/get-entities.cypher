// Entities by id: one row per requested id, the record null where the id is unknown
UNWIND $ids AS id
OPTIONAL MATCH (entity:Entity {id: id})
RETURN id, entity {.*} AS record
