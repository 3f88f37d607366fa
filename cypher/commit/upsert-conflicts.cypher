// Creates or replaces conflict nodes by id (properties only: INVOLVES links are written by link-conflicts)
UNWIND $rows AS row
MERGE (conflict:Conflict {id: row.id})
SET conflict += row.props
