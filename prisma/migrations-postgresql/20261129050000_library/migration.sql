-- The twin of prisma/migrations/20261129050000_library: each document carries its newest
-- version's size (UTF-8 bytes), the number of versions, and the newest author and time,
-- filled here from the versions and then written with every version.
ALTER TABLE "Document" ADD COLUMN "latestAuthorName" TEXT NOT NULL DEFAULT '',
ADD COLUMN "latestVersionAt" TIMESTAMP(3),
ADD COLUMN "size" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "versionCount" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "Document_workspaceId_updatedAt_id_idx" ON "Document"("workspaceId", "updatedAt", "id");

UPDATE "Document" d SET
  "versionCount" = s."count",
  "size" = octet_length(s."content"),
  "latestAuthorName" = s."authorName",
  "latestVersionAt" = s."createdAt"
FROM (
  SELECT DISTINCT ON (v."documentId") v."documentId", v."content", v."authorName", v."createdAt",
         COUNT(*) OVER (PARTITION BY v."documentId") AS "count"
  FROM "Version" v
  ORDER BY v."documentId", v."number" DESC
) s
WHERE s."documentId" = d."id";

-- Full-text search (lib/server/search/postgresql-search.ts): one row per document with its
-- title, description, tags, current content and every version's message, and a weighted
-- tsvector generated from them under a GIN index. 'simple' configuration: no stemming and no
-- stop words, so prompts in any language match word for word, as SQLite's FTS5 index does.
-- Content past 500,000 characters is left out of the vector (a tsvector holds at most 1 MB, and
-- a save must never fail on its index). Triggers keep it in step in the transaction of every
-- write. Outside the Prisma schema: nothing but the search module reads it.
CREATE TABLE "DocumentSearch" (
  "documentId" TEXT NOT NULL PRIMARY KEY REFERENCES "Document"("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "tags" TEXT NOT NULL DEFAULT '',
  "content" TEXT NOT NULL DEFAULT '',
  "messages" TEXT NOT NULL DEFAULT '',
  -- The version number "content" comes from, so the trigger needs no read of "Version" (a
  -- read that SERIALIZABLE saves of one document would conflict on).
  "contentNumber" INTEGER NOT NULL DEFAULT 0,
  "vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "title"), 'A') ||
    setweight(to_tsvector('simple', "tags"), 'A') ||
    setweight(to_tsvector('simple', "description"), 'B') ||
    setweight(to_tsvector('simple', left("content", 500000)), 'C') ||
    setweight(to_tsvector('simple', left("messages", 100000)), 'D')
  ) STORED
);
CREATE INDEX "DocumentSearch_vector_idx" ON "DocumentSearch" USING GIN ("vector");

CREATE FUNCTION "document_search_from_document"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DocumentSearch" ("documentId", "title", "description", "tags")
  VALUES (NEW."id", NEW."title", NEW."description", NEW."tags")
  ON CONFLICT ("documentId") DO UPDATE SET "title" = EXCLUDED."title", "description" = EXCLUDED."description", "tags" = EXCLUDED."tags";
  RETURN NULL;
END $$;
CREATE TRIGGER "DocumentSearch_document" AFTER INSERT OR UPDATE OF "title", "description", "tags" ON "Document"
  FOR EACH ROW EXECUTE FUNCTION "document_search_from_document"();

CREATE FUNCTION "document_search_from_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DocumentSearch" SET
    "content" = CASE WHEN NEW."number" >= "contentNumber" THEN NEW."content" ELSE "content" END,
    "contentNumber" = GREATEST("contentNumber", NEW."number"),
    "messages" = "messages" || E'\n' || NEW."message"
  WHERE "documentId" = NEW."documentId";
  RETURN NULL;
END $$;
CREATE TRIGGER "DocumentSearch_version" AFTER INSERT ON "Version"
  FOR EACH ROW EXECUTE FUNCTION "document_search_from_version"();

INSERT INTO "DocumentSearch" ("documentId", "title", "description", "tags", "contentNumber", "content", "messages")
SELECT d."id", d."title", d."description", d."tags", d."versionCount",
  COALESCE((SELECT v."content" FROM "Version" v WHERE v."documentId" = d."id" ORDER BY v."number" DESC LIMIT 1), ''),
  COALESCE((SELECT string_agg(v."message", E'\n' ORDER BY v."number") FROM "Version" v WHERE v."documentId" = d."id"), '')
FROM "Document" d;
