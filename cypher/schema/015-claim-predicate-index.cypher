// Claims by predicate: listClaims by predicate, and claimsByKey when neither subject nor object narrows it
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate)
