import type { WorkspaceAccess } from "../access/authorize";
import { getDb, type Db } from "../db/client";
import { listFolders } from "./list-folders";

/**
 * Folders of the workspace whose path contains `query` (any case), for the command palette:
 * those whose own name starts with it first, then by path. Counted by the database like the
 * tree; an empty query finds none (the palette then offers documents and actions only).
 */
export async function lookupFolders({
  db = getDb(),
  access,
  query,
  limit = 5,
}: {
  db?: Db;
  access: Pick<WorkspaceAccess, "workspaceId">;
  query: string;
  limit?: number;
}): Promise<{ path: string; total: number }[]> {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const { folders } = await listFolders({ db, access });
  return folders
    .filter((node) => node.path.toLowerCase().includes(needle))
    .map((node, index) => ({ node, index, rank: node.name.toLowerCase().startsWith(needle) ? 0 : 1 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ node }) => ({ path: node.path, total: node.total }));
}
