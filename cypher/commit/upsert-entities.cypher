// Creates or replaces entity nodes by id (properties only: their links are written by link-entities once every node exists)
UNWIND $rows AS row
MERGE (entity:Entity {id: row.id})
SET entity += row.props
