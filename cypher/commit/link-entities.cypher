// Replaces the NAMED, MADE_BY and SAME_AS links of written entities, and links entities written earlier that name them as maker or survivor
UNWIND $rows AS row
MATCH (entity:Entity {id: row.id})
CALL (entity) {
  MATCH (entity)-[old:NAMED|MADE_BY|SAME_AS]->()
  DELETE old
}
CALL (entity, row) {
  UNWIND row.names AS key
  MERGE (name:EntityName {key: key})
  MERGE (entity)-[:NAMED]->(name)
}
CALL (entity) {
  MATCH (maker:Entity {id: entity.makerId})
  MERGE (entity)-[:MADE_BY]->(maker)
}
CALL (entity) {
  MATCH (survivor:Entity {id: entity.mergedIntoId})
  MERGE (entity)-[:SAME_AS]->(survivor)
}
CALL (entity) {
  MATCH (product:Entity {makerId: entity.id})
  MERGE (product)-[:MADE_BY]->(entity)
}
CALL (entity) {
  MATCH (duplicate:Entity {mergedIntoId: entity.id})
  MERGE (duplicate)-[:SAME_AS]->(entity)
}
