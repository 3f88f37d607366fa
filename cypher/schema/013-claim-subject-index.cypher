// Claims by subject: the usual entry point of listClaims and claimsByKey
CREATE INDEX claim_subject IF NOT EXISTS FOR (c:Claim) ON (c.subjectId)
