// Adds audit history entries as Change nodes keyed by id (MERGE, so a retried or repeated commit adds nothing)
UNWIND $rows AS row
MERGE (change:Change {id: row.id})
SET change += row.props
