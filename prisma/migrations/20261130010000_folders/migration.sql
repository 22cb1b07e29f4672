-- Folders: a document lives in a folder path ("" is the root, else "agents/backend"), checked by
-- folderPathSchema (lib/contracts/folders.ts). ADD COLUMN keeps the table as it is: a rebuild
-- would drop the full-text search triggers on "Document" and renumber its rowids.
ALTER TABLE "Document" ADD COLUMN "folder" TEXT NOT NULL DEFAULT '';

-- A folder's pages (newest first, by cursor) and the folder tree's counts (grouped by folder).
CREATE INDEX "Document_workspaceId_folder_updatedAt_id_idx" ON "Document"("workspaceId", "folder", "updatedAt", "id");
