// A claim's CLAIM_LINK is found by claim id when the claim is rewritten
CREATE INDEX claim_link_claim IF NOT EXISTS FOR ()-[l:CLAIM_LINK]-() ON (l.claimId)
