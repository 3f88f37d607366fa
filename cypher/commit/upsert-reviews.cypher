// Adds reviews by id, each linked OF the claim it judges (reviews are append-only, so the link never moves)
UNWIND $rows AS row
MERGE (review:Review {id: row.id})
SET review += row.props
WITH review
CALL (review) {
  MATCH (claim:Claim {id: review.claimId})
  MERGE (review)-[:OF]->(claim)
}
