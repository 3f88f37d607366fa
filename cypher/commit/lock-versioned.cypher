// Write-locks each node a commit names in expectedVersions and returns its version (null when unknown), so the check cannot race another commit
UNWIND $ids AS id
OPTIONAL MATCH (claim:Claim {id: id})
OPTIONAL MATCH (entity:Entity {id: id})
OPTIONAL MATCH (conflict:Conflict {id: id})
WITH id, coalesce(claim, entity, conflict) AS node
// Setting a property takes the node's write lock until the transaction ends; removing it again leaves no trace.
FOREACH (locked IN CASE WHEN node IS NULL THEN [] ELSE [node] END |
  SET locked._LOCK_ = true
  REMOVE locked._LOCK_
)
RETURN id, node.version AS version
