// Replaces the INVOLVES links of written conflicts, one per member claim with its role and the claim version compared
UNWIND $rows AS row
MATCH (conflict:Conflict {id: row.id})
CALL (conflict) {
  MATCH (conflict)-[old:INVOLVES]->()
  DELETE old
}
CALL (conflict, row) {
  UNWIND row.members AS member
  MATCH (claim:Claim {id: member.claimId})
  CREATE (conflict)-[:INVOLVES {role: member.role, version: member.version}]->(claim)
}
