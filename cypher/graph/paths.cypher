// Every shortest path of at most $maxHops hops between two entities, through claim links and maker links, as steps
// CLAIM_LINK is one hop per claim (the Entity-ABOUT-Claim-ABOUT-Entity pair as one relationship), so path length counts hops as the memory store does.
// A variable-length bound must be a literal: 16 caps the search (the API allows 6 hops), and $maxHops is applied to what it finds.
MATCH path = allShortestPaths((:Entity {id: $fromId})-[:CLAIM_LINK|MADE_BY*..16]-(:Entity {id: $toId}))
// Filtered after the search, not inside it: a path predicate inside would make Neo4j fall back to an exhaustive search.
WITH path
WHERE length(path) <= $maxHops
WITH nodes(path) AS stops, relationships(path) AS hops
WITH [i IN range(0, size(hops) - 1) | {
    via: CASE type(hops[i]) WHEN 'MADE_BY' THEN 'MADE_BY' ELSE 'CLAIM' END,
    claimId: hops[i].claimId,
    entityId: stops[i + 1].id
  }] AS steps
RETURN steps
ORDER BY [step IN steps | step.entityId + ' ' + coalesce(step.claimId, '')]
LIMIT $limit
