import { bestFirst } from "@/lib/core/search/best-first";
import type { DocumentLookupHit } from "@/lib/contracts/palette";
import { getDb, type Db } from "../db/client";
import { containsText } from "../db/text-filter";

/** Rows read per lookup: LIKE's `_` and `%` may let a few false matches in, dropped below. */
const CANDIDATES = 50;

/**
 * Documents of the given (authorized) workspaces whose title or slug contains `query`, for the
 * command palette: best matches first (exact, then starting with it, then the rest by last
 * change), archived ones after the others. Reads titles and slugs only, never contents.
 */
export async function lookupDocuments({
  db = getDb(),
  workspaceIds,
  query,
  limit = 10,
}: {
  db?: Db;
  workspaceIds: string[];
  query: string;
  limit?: number;
}): Promise<DocumentLookupHit[]> {
  const needle = query.trim().toLowerCase();
  if (workspaceIds.length === 0) return [];
  const rows = await db.document.findMany({
    where: {
      workspaceId: { in: workspaceIds },
      ...(needle && { OR: [{ title: containsText(db, needle) }, { slug: containsText(db, needle) }] }),
    },
    orderBy: { updatedAt: "desc" },
    take: CANDIDATES,
    select: { slug: true, title: true, archivedAt: true, workspace: { select: { name: true } } },
  });
  const rank = (row: (typeof rows)[number]) => {
    const title = row.title.toLowerCase();
    const closeness = title === needle || row.slug === needle ? 0 : title.startsWith(needle) || row.slug.startsWith(needle) ? 1 : 2;
    return closeness + (row.archivedAt ? 3 : 0);
  };
  const matching = rows.filter((row) => row.title.toLowerCase().includes(needle) || row.slug.includes(needle));
  return bestFirst(matching, rank, limit).map((row) => ({ slug: row.slug, title: row.title, workspaceName: row.workspace.name, archived: row.archivedAt !== null }));
}
