// findClaimsByFingerprint: idempotent re-ingest looks every proposed claim up by fingerprint
CREATE INDEX claim_fingerprint IF NOT EXISTS FOR (c:Claim) ON (c.fingerprint)
