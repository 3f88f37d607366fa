// Entities merged into a survivor, to link them when the survivor is written after them
CREATE INDEX entity_merged_into IF NOT EXISTS FOR (e:Entity) ON (e.mergedIntoId)
