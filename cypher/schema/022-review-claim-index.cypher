// reviewsOf: every review of one claim
CREATE INDEX review_claim IF NOT EXISTS FOR (r:Review) ON (r.claimId)
