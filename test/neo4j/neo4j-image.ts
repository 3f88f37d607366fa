// The one place the Neo4j image is pinned; docker-compose.yml uses the same tag (a test checks it).
export const NEO4J_IMAGE = 'neo4j:5.26.2-community';
