// Replaces the ABOUT, STATED_IN and DURING links of written claims, and the CLAIM_LINK hop that path search walks between their entities
UNWIND $rows AS row
MATCH (claim:Claim {id: row.id})
CALL (claim) {
  MATCH (claim)-[old:ABOUT|STATED_IN|DURING]->()
  DELETE old
}
CALL (claim) {
  MATCH ()-[old:CLAIM_LINK {claimId: claim.id}]->()
  DELETE old
}
CALL (claim) {
  MATCH (subject:Entity {id: claim.subjectId})
  CREATE (claim)-[:ABOUT {role: 'SUBJECT'}]->(subject)
}
CALL (claim) {
  MATCH (object:Entity {id: claim.objectId})
  CREATE (claim)-[:ABOUT {role: 'OBJECT'}]->(object)
}
CALL (claim) {
  MATCH (period:Period {id: claim.periodId})
  CREATE (claim)-[:DURING]->(period)
}
CALL (claim, row) {
  UNWIND row.citations AS citation
  MATCH (source:Source {id: citation.sourceId})
  CREATE (claim)-[stated:STATED_IN]->(source)
  SET stated += citation.props
}
// Only claims that could be true connect entities (as in the memory store's paths): accepted or candidate, with an object other than the subject.
CALL (claim) {
  WITH claim
  WHERE claim.status IN ['ACCEPTED', 'CANDIDATE'] AND claim.objectId <> claim.subjectId
  MATCH (subject:Entity {id: claim.subjectId})
  MATCH (object:Entity {id: claim.objectId})
  CREATE (subject)-[:CLAIM_LINK {claimId: claim.id}]->(object)
}
