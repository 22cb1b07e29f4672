import type { Archive, ArchivedDocument } from "@/lib/contracts/archive";
import type { DocumentFormat } from "@/lib/core/documents";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { getDb, type Db } from "../db/client";
import { parseTags } from "../documents/tags";

/**
 * One document (the access's) or, for the operator's command line only, every document of
 * every workspace, as one archive; see lib/contracts/archive.ts.
 */
export async function exportArchive({ db = getDb(), access }: { db?: Db; access: DocumentAccess | "all-workspaces" }): Promise<Archive> {
  const documents = await db.document.findMany({
    where: access === "all-workspaces" ? undefined : theDocument(access),
    orderBy: { slug: "asc" },
    include: {
      versions: { orderBy: { number: "asc" } },
      labels: { orderBy: { name: "asc" } },
      labelEvents: { orderBy: { createdAt: "asc" } },
      oldSlugs: { orderBy: { slug: "asc" } },
      presets: { orderBy: { name: "asc" } },
    },
  });
  return {
    format: "dramatis-archive",
    version: 1,
    exportedAt: new Date().toISOString(),
    documents: documents.map(
      (doc): ArchivedDocument => ({
        slug: doc.slug,
        title: doc.title,
        description: doc.description,
        tags: parseTags(doc.tags),
        folder: doc.folder,
        format: doc.format as DocumentFormat,
        dialect: doc.dialect,
        archivedAt: doc.archivedAt?.toISOString() ?? null,
        createdAt: doc.createdAt.toISOString(),
        updatedAt: doc.updatedAt.toISOString(),
        oldSlugs: doc.oldSlugs.map((redirect) => redirect.slug),
        versions: doc.versions.map((v) => ({
          number: v.number,
          content: v.content,
          message: v.message,
          authorName: v.authorName,
          variables: v.variables,
          coAuthors: v.coAuthors,
          createdAt: v.createdAt.toISOString(),
        })),
        labels: doc.labels.map((l) => ({
          name: l.name,
          versionNumber: l.versionNumber,
          actorName: l.actorName,
          updatedAt: l.updatedAt.toISOString(),
        })),
        presets: doc.presets.map((p) => ({
          name: p.name,
          values: p.values,
          ownerName: p.ownerName,
          createdAt: p.createdAt.toISOString(),
          updatedAt: p.updatedAt.toISOString(),
        })),
        labelEvents: doc.labelEvents.map((e) => ({
          name: e.name,
          fromNumber: e.fromNumber,
          toNumber: e.toNumber,
          actorName: e.actorName,
          createdAt: e.createdAt.toISOString(),
        })),
      }),
    ),
  };
}
