-- The library lists without reading content: each document carries its newest version's size,
-- the number of versions, and the newest author and time, written in the same transaction as
-- every version (lib/server/documents/version-summary.ts). ADD COLUMN keeps the table (and its
-- rows' foreign keys) as it is; existing rows are filled from their versions below.
ALTER TABLE "Document" ADD COLUMN "size" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "versionCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Document" ADD COLUMN "latestAuthorName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Document" ADD COLUMN "latestVersionAt" DATETIME;
CREATE INDEX "Document_workspaceId_updatedAt_id_idx" ON "Document"("workspaceId", "updatedAt", "id");

UPDATE "Document" SET
  "versionCount" = (SELECT COUNT(*) FROM "Version" v WHERE v."documentId" = "Document"."id"),
  -- length() of a BLOB counts bytes: the UTF-8 size.
  "size" = COALESCE((SELECT length(CAST(v."content" AS BLOB)) FROM "Version" v WHERE v."documentId" = "Document"."id" ORDER BY v."number" DESC LIMIT 1), 0),
  "latestAuthorName" = COALESCE((SELECT v."authorName" FROM "Version" v WHERE v."documentId" = "Document"."id" ORDER BY v."number" DESC LIMIT 1), ''),
  "latestVersionAt" = (SELECT v."createdAt" FROM "Version" v WHERE v."documentId" = "Document"."id" ORDER BY v."number" DESC LIMIT 1);

-- Full-text search (lib/server/search/sqlite-search.ts): an FTS5 index over each document's
-- title, description, tags, current content and every version's message. FTS5 finds rows by
-- integer rowid only, and Document's rowid is not stable (a table rebuild or VACUUM renumbers
-- it), so "DocumentSearchKey" gives each document a fixed integer. The index holds its own copy
-- of the text (the content lives in Version, not in a table FTS5 could point at), and triggers
-- keep it in step in the same transaction as every write, whichever code path makes it.
-- Outside the Prisma schema: nothing but the search module reads these tables.
CREATE TABLE "DocumentSearchKey" (
  "rowid" INTEGER NOT NULL PRIMARY KEY,
  "documentId" TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE "DocumentSearch" USING fts5(
  "title", "description", "tags", "content", "messages",
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TRIGGER "DocumentSearch_document_insert" AFTER INSERT ON "Document" BEGIN
  INSERT INTO "DocumentSearchKey" ("documentId") VALUES (NEW."id");
  INSERT INTO "DocumentSearch" ("rowid", "title", "description", "tags", "content", "messages")
  VALUES ((SELECT "rowid" FROM "DocumentSearchKey" WHERE "documentId" = NEW."id"), NEW."title", NEW."description", NEW."tags", '', '');
END;
CREATE TRIGGER "DocumentSearch_document_update" AFTER UPDATE OF "title", "description", "tags" ON "Document" BEGIN
  UPDATE "DocumentSearch" SET "title" = NEW."title", "description" = NEW."description", "tags" = NEW."tags"
  WHERE "rowid" = (SELECT "rowid" FROM "DocumentSearchKey" WHERE "documentId" = NEW."id");
END;
CREATE TRIGGER "DocumentSearch_document_delete" AFTER DELETE ON "Document" BEGIN
  DELETE FROM "DocumentSearch" WHERE "rowid" = (SELECT "rowid" FROM "DocumentSearchKey" WHERE "documentId" = OLD."id");
  DELETE FROM "DocumentSearchKey" WHERE "documentId" = OLD."id";
END;
-- A document's current content is its newest version; every message is searchable.
CREATE TRIGGER "DocumentSearch_version_insert" AFTER INSERT ON "Version" BEGIN
  UPDATE "DocumentSearch" SET
    "content" = CASE WHEN NEW."number" >= (SELECT MAX("number") FROM "Version" WHERE "documentId" = NEW."documentId") THEN NEW."content" ELSE "content" END,
    "messages" = "messages" || char(10) || NEW."message"
  WHERE "rowid" = (SELECT "rowid" FROM "DocumentSearchKey" WHERE "documentId" = NEW."documentId");
END;

INSERT INTO "DocumentSearchKey" ("documentId") SELECT "id" FROM "Document";
INSERT INTO "DocumentSearch" ("rowid", "title", "description", "tags", "content", "messages")
SELECT k."rowid", d."title", d."description", d."tags",
  COALESCE((SELECT v."content" FROM "Version" v WHERE v."documentId" = d."id" ORDER BY v."number" DESC LIMIT 1), ''),
  COALESCE((SELECT group_concat(v."message", char(10)) FROM "Version" v WHERE v."documentId" = d."id"), '')
FROM "Document" d JOIN "DocumentSearchKey" k ON k."documentId" = d."id";
