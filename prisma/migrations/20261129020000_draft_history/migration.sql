-- Written by hand: `prisma migrate diff` rebuilds "Version" to add a column, which would drop
-- the trigger that keeps versions immutable. ADD COLUMN keeps the table and its trigger.

-- AlterTable
ALTER TABLE "Version" ADD COLUMN "coAuthors" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "DraftSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "variables" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT NOT NULL,
    "byName" TEXT NOT NULL DEFAULT '',
    "editors" TEXT NOT NULL DEFAULT '[]',
    "baseNumber" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DraftSnapshot_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DraftSnapshot_documentId_createdAt_idx" ON "DraftSnapshot"("documentId", "createdAt");
