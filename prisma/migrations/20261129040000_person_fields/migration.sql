-- One naming for people on records: `<role>Id` + `<role>Name` (README "Data").
-- RENAME COLUMN keeps every table, its rows and its triggers (Version's immutability trigger
-- is not touched: Version.authorName already follows the convention). SQLite cannot rename an
-- index, so Preset's two are recreated under the names Prisma gives them.
ALTER TABLE "Label" RENAME COLUMN "updatedBy" TO "actorName";
ALTER TABLE "ApiKey" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "Preset" RENAME COLUMN "userId" TO "ownerId";
ALTER TABLE "Preset" RENAME COLUMN "createdBy" TO "ownerName";
DROP INDEX "Preset_userId_idx";
CREATE INDEX "Preset_ownerId_idx" ON "Preset"("ownerId");
DROP INDEX "Preset_documentId_userId_name_key";
CREATE UNIQUE INDEX "Preset_documentId_ownerId_name_key" ON "Preset"("documentId", "ownerId", "name");
ALTER TABLE "Invite" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "Invite" RENAME COLUMN "usedById" TO "inviteeId";
ALTER TABLE "ShareLink" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "ShareLink" RENAME COLUMN "createdByName" TO "creatorName";
ALTER TABLE "LiveDraft" RENAME COLUMN "updatedByName" TO "editorName";
ALTER TABLE "DraftSnapshot" RENAME COLUMN "byName" TO "actorName";
