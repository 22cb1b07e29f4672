-- Search ranks only its candidates (lib/server/search/rank-candidates.ts): the newest matches,
-- and the newest matches with a term in the title, description or tags, which always outrank
-- body matches. This GIN index finds the latter without reading the documents' big vectors;
-- lib/server/search/postgresql-search.ts queries exactly this expression.
CREATE INDEX "DocumentSearch_head_idx" ON "DocumentSearch"
  USING GIN (to_tsvector('simple', "title" || ' ' || "description" || ' ' || "tags"));
