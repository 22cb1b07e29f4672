-- CreateTable
CREATE TABLE "LiveDraft" (
    "documentId" TEXT NOT NULL PRIMARY KEY,
    "state" BLOB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedByName" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "LiveDraft_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

