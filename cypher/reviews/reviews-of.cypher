// Every review of each claim, newest first (reviewedAt, then id, descending): the first is the current verdict
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (review:Review {claimId: id})
  WITH review
  ORDER BY review.reviewedAt DESC, review.id DESC
  RETURN collect(review {.*}) AS records
}
RETURN id, records
