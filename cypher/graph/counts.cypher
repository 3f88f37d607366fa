// How many claims, entities, sources, periods and conflicts the graph holds (label counts come from the count store)
RETURN COUNT { (:Claim) } AS claims,
  COUNT { (:Entity) } AS entities,
  COUNT { (:Source) } AS sources,
  COUNT { (:Period) } AS periods,
  COUNT { (:Conflict) } AS conflicts
