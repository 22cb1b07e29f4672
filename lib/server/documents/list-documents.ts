import type { DocumentFormat } from "@/lib/core/documents";
import { getDb, type Db } from "../db/client";
import { taggedWhere } from "./list-tags";
import { parseTags } from "./tags";
import { versionSizes } from "./version-sizes";

export interface DocumentSummary {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  format: DocumentFormat;
  /** Bytes of the newest version, as UTF-8. */
  size: number;
  versionCount: number;
  updatedAt: Date;
}

/**
 * Every document of the given workspaces with its newest version's size, newest first. `query` filters over title and
 * current content, case-insensitively. Archived documents are listed only when asked for. Content is matched in memory: fine for a team's library
 * of hundreds of documents; a full-text index is the step after that.
 */
export async function listDocuments({
  db = getDb(),
  workspaceIds,
  query = "",
  archived = false,
  tags = [],
}: { db?: Db; workspaceIds: string[]; query?: string; archived?: boolean; tags?: readonly string[] }) {
  const needle = query.trim().toLowerCase();
  // --- Tag filter (list-tags.ts): only documents carrying every tag in `tags`. ---
  const tagged = await taggedWhere({ db, workspaceIds, archived, tags });
  // The newest version's text only when filtering by it; its size comes from versionSizes, which
  // reads each (immutable) version's text once per process.
  const documents = await db.document.findMany({
    where: { workspaceId: { in: workspaceIds }, archivedAt: archived ? { not: null } : null, ...tagged },
    orderBy: { updatedAt: "desc" },
    include: {
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, content: Boolean(needle) } },
      _count: { select: { versions: true } },
    },
  });
  const sizes = await versionSizes(db, documents.flatMap((doc) => doc.versions.map((version) => version.id)));
  return documents
    .filter((doc) => {
      if (!needle) return true;
      const content = doc.versions[0]?.content ?? "";
      return doc.title.toLowerCase().includes(needle) || content.toLowerCase().includes(needle);
    })
    .map(
      (doc): DocumentSummary => ({
        slug: doc.slug,
        title: doc.title,
        description: doc.description,
        tags: parseTags(doc.tags),
        format: doc.format as DocumentFormat,
        size: doc.versions[0] ? (sizes.get(doc.versions[0].id) ?? 0) : 0,
        versionCount: doc._count.versions,
        updatedAt: doc.updatedAt,
      }),
    );
}
