// Search over claim text and entity names (Lucene), for explorers and future search queries
CREATE FULLTEXT INDEX claim_entity_text IF NOT EXISTS FOR (n:Claim|Entity) ON EACH [n.text, n.name]
