import type { FolderCount } from "@/lib/core/folders/folder-tree";
import { isInsideFolder } from "@/lib/core/folders/folder-path";
import { getDb, type Db, type Tx } from "../db/client";

/**
 * How many documents each distinct folder of the workspaces holds, grouped by the database
 * (one row per folder, no document read). `archived`: true counts only archived documents,
 * false only the library's, "all" both (moves take archived documents along).
 */
export async function folderCounts({
  db = getDb(),
  workspaceIds,
  archived = false,
}: {
  db?: Db | Tx;
  workspaceIds: readonly string[];
  archived?: boolean | "all";
}): Promise<FolderCount[]> {
  const groups = await db.document.groupBy({
    by: ["folder"],
    where: { workspaceId: { in: [...workspaceIds] }, ...(archived === "all" ? {} : { archivedAt: archived ? { not: null } : null }) },
    _count: { _all: true },
  });
  return groups.map((group) => ({ folder: group.folder, count: group._count._all }));
}

/**
 * A where-clause for documents in `folder` or any folder below it: the distinct stored paths
 * inside it, matched exactly. A prefix LIKE would take `_` and `%` in names as wildcards and
 * ignore case on SQLite only; a range comparison would follow PostgreSQL's collation.
 */
export async function insideFolderWhere(options: {
  db?: Db | Tx;
  workspaceIds: readonly string[];
  archived?: boolean | "all";
  folder: string;
}): Promise<{ folder?: { in: string[] } }> {
  if (options.folder === "") return {};
  const counts = await folderCounts(options);
  return { folder: { in: counts.map((count) => count.folder).filter((path) => isInsideFolder(path, options.folder)) } };
}
