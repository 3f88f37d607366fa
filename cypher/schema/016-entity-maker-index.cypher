// Products of a maker, to link them when the maker is written after them
CREATE INDEX entity_maker IF NOT EXISTS FOR (e:Entity) ON (e.makerId)
