// Creates or replaces claim nodes by id (properties only: their links are written by link-claims)
UNWIND $rows AS row
MERGE (claim:Claim {id: row.id})
SET claim += row.props
