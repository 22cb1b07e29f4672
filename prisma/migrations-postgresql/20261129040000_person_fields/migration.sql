-- One naming for people on records: `<role>Id` + `<role>Name` (README "Data"); the twin of
-- prisma/migrations/20261129040000_person_fields. Renames keep rows, indexes and constraints;
-- Preset's index and foreign key take the names Prisma gives them for the new column.
ALTER TABLE "Label" RENAME COLUMN "updatedBy" TO "actorName";
ALTER TABLE "ApiKey" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "Preset" RENAME COLUMN "userId" TO "ownerId";
ALTER TABLE "Preset" RENAME COLUMN "createdBy" TO "ownerName";
ALTER INDEX "Preset_userId_idx" RENAME TO "Preset_ownerId_idx";
ALTER INDEX "Preset_documentId_userId_name_key" RENAME TO "Preset_documentId_ownerId_name_key";
ALTER TABLE "Preset" RENAME CONSTRAINT "Preset_userId_fkey" TO "Preset_ownerId_fkey";
ALTER TABLE "Invite" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "Invite" RENAME COLUMN "usedById" TO "inviteeId";
ALTER TABLE "ShareLink" RENAME COLUMN "createdById" TO "creatorId";
ALTER TABLE "ShareLink" RENAME COLUMN "createdByName" TO "creatorName";
ALTER TABLE "LiveDraft" RENAME COLUMN "updatedByName" TO "editorName";
ALTER TABLE "DraftSnapshot" RENAME COLUMN "byName" TO "actorName";
