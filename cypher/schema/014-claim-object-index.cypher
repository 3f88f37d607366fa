// Claims by object: listClaims by object or entity, and claimsByKey for every subject of one market
CREATE INDEX claim_object IF NOT EXISTS FOR (c:Claim) ON (c.objectId)
