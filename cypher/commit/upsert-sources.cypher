// Creates or replaces source nodes by id
UNWIND $rows AS row
MERGE (source:Source {id: row.id})
SET source += row.props
