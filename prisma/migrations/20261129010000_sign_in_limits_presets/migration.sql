-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Preset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Preset_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Preset_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Presets become personal. An existing preset goes to the one member of its document's
-- workspace whose name it was saved under; when no member or several have that name, it
-- stays without an owner (listed read-only to the workspace, see lib/server/presets).
INSERT INTO "new_Preset" ("createdAt", "createdBy", "documentId", "id", "name", "updatedAt", "values", "userId")
SELECT p."createdAt", p."createdBy", p."documentId", p."id", p."name", p."updatedAt", p."values",
  (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(u."id") END
     FROM "User" u
     JOIN "Membership" m ON m."userId" = u."id"
     JOIN "Document" d ON d."workspaceId" = m."workspaceId"
    WHERE d."id" = p."documentId" AND u."name" = p."createdBy")
FROM "Preset" p;
DROP TABLE "Preset";
ALTER TABLE "new_Preset" RENAME TO "Preset";
CREATE INDEX "Preset_userId_idx" ON "Preset"("userId");
CREATE UNIQUE INDEX "Preset_documentId_userId_name_key" ON "Preset"("documentId", "userId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

