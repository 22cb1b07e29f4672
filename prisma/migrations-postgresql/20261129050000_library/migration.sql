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
