// Accepted and candidate claims sharing a (subject, predicate, object) key, for conflict detection; a null subject means any subject
UNWIND $keys AS key
CALL (key) {
  // Seek by subject when there is one, else by object, else by predicate: only one branch has input.
  CALL (key) {
    UNWIND CASE WHEN key.subjectId IS NULL THEN [] ELSE [key.subjectId] END AS subjectId
    MATCH (claim:Claim {subjectId: subjectId})
    RETURN claim
    UNION
    UNWIND CASE WHEN key.subjectId IS NULL AND key.objectId IS NOT NULL THEN [key.objectId] ELSE [] END AS objectId
    MATCH (claim:Claim {objectId: objectId})
    RETURN claim
    UNION
    UNWIND CASE WHEN key.subjectId IS NULL AND key.objectId IS NULL THEN [key.predicate] ELSE [] END AS predicate
    MATCH (claim:Claim {predicate: predicate})
    RETURN claim
  }
  WITH key, claim
  WHERE claim.predicate = key.predicate
    AND (key.subjectId IS NULL OR claim.subjectId = key.subjectId)
    AND (claim.objectId = key.objectId OR (claim.objectId IS NULL AND key.objectId IS NULL))
    AND claim.status IN ['ACCEPTED', 'CANDIDATE']
  WITH claim
  ORDER BY claim.id
  RETURN collect(claim {.*}) AS records
}
RETURN key.index AS index, records
