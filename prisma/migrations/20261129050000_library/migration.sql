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
