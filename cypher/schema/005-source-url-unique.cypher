// One source per URL: findSourcesByUrl relies on it, and a second source for a known URL is a conflict
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (s:Source) REQUIRE s.url IS UNIQUE
