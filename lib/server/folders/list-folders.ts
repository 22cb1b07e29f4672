import { buildFolderTree, type FolderTree } from "@/lib/core/folders/folder-tree";
import type { WorkspaceAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { folderCounts } from "./folder-counts";

/**
 * A workspace's folder tree with counts: documents directly in each folder and in all its
 * subfolders. Archived documents count only in the archive's tree, as the library lists them.
 * The database groups by folder; no document row is read.
 */
export async function listFolders({
  db = getDb(),
  access,
  archived = false,
}: {
  db?: Db;
  access: Pick<WorkspaceAccess, "workspaceId">;
  archived?: boolean;
}): Promise<FolderTree> {
  return buildFolderTree(await folderCounts({ db, workspaceIds: [access.workspaceId], archived }));
}
