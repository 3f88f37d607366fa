// Creates or replaces period nodes by id
UNWIND $rows AS row
MERGE (period:Period {id: row.id})
SET period += row.props
