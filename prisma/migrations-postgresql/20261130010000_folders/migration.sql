-- Folders: a document lives in a folder path ("" is the root, else "agents/backend"), checked by
-- folderPathSchema (lib/contracts/folders.ts).
ALTER TABLE "Document" ADD COLUMN "folder" TEXT NOT NULL DEFAULT '';

-- A folder's pages (newest first, by cursor) and the folder tree's counts (grouped by folder).
CREATE INDEX "Document_workspaceId_folder_updatedAt_id_idx" ON "Document"("workspaceId", "folder", "updatedAt", "id");
