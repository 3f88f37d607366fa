// One page of conflicts matching a filter (statuses, rules, member claims, entities those claims are about), in id order, with the total count
CALL () {
  MATCH (conflict:Conflict)
  WHERE ($statuses IS NULL OR conflict.status IN $statuses)
    AND ($rules IS NULL OR conflict.rule IN $rules)
    AND ($claimIds IS NULL OR EXISTS { (conflict)-[:INVOLVES]->(claim:Claim) WHERE claim.id IN $claimIds })
    AND ($entityIds IS NULL OR EXISTS {
      (conflict)-[:INVOLVES]->(claim:Claim)
      WHERE claim.subjectId IN $entityIds OR claim.objectId IN $entityIds
    })
  RETURN count(conflict) AS totalCount
}
CALL () {
  MATCH (conflict:Conflict)
  WHERE conflict.id > $after
    AND ($statuses IS NULL OR conflict.status IN $statuses)
    AND ($rules IS NULL OR conflict.rule IN $rules)
    AND ($claimIds IS NULL OR EXISTS { (conflict)-[:INVOLVES]->(claim:Claim) WHERE claim.id IN $claimIds })
    AND ($entityIds IS NULL OR EXISTS {
      (conflict)-[:INVOLVES]->(claim:Claim)
      WHERE claim.subjectId IN $entityIds OR claim.objectId IN $entityIds
    })
  WITH conflict
  ORDER BY conflict.id
  LIMIT $limit
  RETURN collect(conflict {.*}) AS records
}
RETURN totalCount, records
