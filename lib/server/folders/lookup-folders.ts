import { bestFirst } from "@/lib/core/search/best-first";
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
  const matching = folders.filter((node) => node.path.toLowerCase().includes(needle));
  return bestFirst(matching, (node) => (node.name.toLowerCase().startsWith(needle) ? 0 : 1), limit).map((node) => ({ path: node.path, total: node.total }));
}
