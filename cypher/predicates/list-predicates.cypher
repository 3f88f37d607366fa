// Every declared predicate definition, by name
MATCH (predicate:Predicate)
RETURN predicate {.*} AS record
ORDER BY predicate.name
