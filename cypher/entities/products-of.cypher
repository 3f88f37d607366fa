// Entities made by each company (incoming MADE_BY), one row per requested id, each list in id order
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Entity {id: id})<-[:MADE_BY]-(product:Entity)
  WITH DISTINCT product
  ORDER BY product.id
  RETURN collect(product {.*}) AS records
}
RETURN id, records
