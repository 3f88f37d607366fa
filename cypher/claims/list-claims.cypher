// Pages of claims for several filters in one round trip: per query, its totalCount and the page after its cursor, in id order
UNWIND $queries AS query
// Start from the narrowest index the filter names (as the memory store does), then test every condition.
WITH query, CASE
    WHEN query.ids IS NOT NULL THEN 'ids'
    WHEN query.subjectIds IS NOT NULL THEN 'subjects'
    WHEN query.objectIds IS NOT NULL THEN 'objects'
    WHEN query.entityIds IS NOT NULL THEN 'entities'
    WHEN query.sourceIds IS NOT NULL THEN 'sources'
    WHEN query.predicates IS NOT NULL THEN 'predicates'
    ELSE 'all'
  END AS entry
CALL (query, entry) {
  CALL (query, entry) {
    UNWIND CASE entry WHEN 'ids' THEN query.ids ELSE [] END AS id
    MATCH (claim:Claim {id: id})
    RETURN claim
    UNION
    UNWIND CASE entry WHEN 'subjects' THEN query.subjectIds WHEN 'entities' THEN query.entityIds ELSE [] END AS subjectId
    MATCH (claim:Claim {subjectId: subjectId})
    RETURN claim
    UNION
    UNWIND CASE entry WHEN 'objects' THEN query.objectIds WHEN 'entities' THEN query.entityIds ELSE [] END AS objectId
    MATCH (claim:Claim {objectId: objectId})
    RETURN claim
    UNION
    UNWIND CASE entry WHEN 'sources' THEN query.sourceIds ELSE [] END AS sourceId
    MATCH (:Source {id: sourceId})<-[:STATED_IN]-(claim:Claim)
    RETURN claim
    UNION
    UNWIND CASE entry WHEN 'predicates' THEN query.predicates ELSE [] END AS predicate
    MATCH (claim:Claim {predicate: predicate})
    RETURN claim
    UNION
    UNWIND CASE entry WHEN 'all' THEN [true] ELSE [] END AS everything
    MATCH (claim:Claim)
    RETURN claim
  }
  WITH query, claim
  WHERE (query.ids IS NULL OR claim.id IN query.ids)
    AND (query.subjectIds IS NULL OR claim.subjectId IN query.subjectIds)
    AND (query.objectIds IS NULL OR claim.objectId IN query.objectIds)
    AND (query.entityIds IS NULL OR claim.subjectId IN query.entityIds OR claim.objectId IN query.entityIds)
    AND (query.predicates IS NULL OR claim.predicate IN query.predicates)
    AND (query.statuses IS NULL OR claim.status IN query.statuses)
    AND (query.sourceIds IS NULL OR EXISTS { (claim)-[:STATED_IN]->(source:Source) WHERE source.id IN query.sourceIds })
    // Inclusive intervals, null meaning open, as periodsOverlap in src/domain/period.ts.
    AND (query.periodOverlaps IS NULL OR EXISTS {
      (claim)-[:DURING]->(period:Period)
      WHERE (period.start IS NULL OR query.periodOverlaps.end IS NULL OR period.start <= query.periodOverlaps.end)
        AND (query.periodOverlaps.start IS NULL OR period.end IS NULL OR query.periodOverlaps.start <= period.end)
    })
    AND all(word IN query.words WHERE toLower(claim.text) CONTAINS word)
  WITH claim
  ORDER BY claim.id
  RETURN collect(claim) AS matching
}
// query.after is '' on a first page: every id sorts after it.
WITH query, matching, [claim IN matching WHERE claim.id > query.after] AS rest
RETURN query.index AS index,
  size(matching) AS totalCount,
  [claim IN rest[0..query.first] | claim {.*}] AS records,
  size(rest) > query.first AS hasNextPage
