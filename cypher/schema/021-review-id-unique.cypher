// Reviews are merged on id (append-only: a review is written once)
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (r:Review) REQUIRE r.id IS UNIQUE
