// Creates or replaces declared predicate definitions by name
UNWIND $rows AS row
MERGE (predicate:Predicate {name: row.name})
SET predicate += row.props
