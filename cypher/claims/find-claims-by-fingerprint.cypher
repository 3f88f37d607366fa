// Claims by fingerprint: one row per fingerprint; where several share one, the most recently updated wins
UNWIND $fingerprints AS fingerprint
CALL (fingerprint) {
  OPTIONAL MATCH (claim:Claim {fingerprint: fingerprint})
  RETURN claim
  ORDER BY claim.updatedAt DESC, claim.id DESC
  LIMIT 1
}
RETURN fingerprint, claim {.*} AS record
