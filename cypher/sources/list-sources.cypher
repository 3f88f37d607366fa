// One page of sources in id order after the cursor, with their total count
CALL () {
  MATCH (source:Source)
  RETURN count(source) AS totalCount
}
CALL () {
  MATCH (source:Source)
  WHERE source.id > $after
  WITH source
  ORDER BY source.id
  LIMIT $limit
  RETURN collect(source {.*}) AS records
}
RETURN totalCount, records
