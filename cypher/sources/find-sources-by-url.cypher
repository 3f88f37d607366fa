// Sources by exact URL: one row per requested URL, the record null where none has it
UNWIND $urls AS url
OPTIONAL MATCH (source:Source {url: url})
RETURN url, source {.*} AS record
