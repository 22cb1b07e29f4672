import { archiveSchema, type ArchivedDocument } from "@/lib/contracts/archive";
import { getDb, type Db, type Tx } from "../db/client";
import { serializeTags } from "../documents/tags";
import { newestVersionSummary } from "../documents/version-summary";
import { publish } from "../events/domain-events";

export type ArchiveImportOutcome =
  | { slug: string; action: "imported"; versions: number }
  | { slug: string; action: "conflict"; message: string };

/**
 * Loads an archive into a workspace. Each document is written whole, in its own transaction, with its original
 * times; a document whose slug (or old slug) is already taken is reported, never overwritten.
 */
export async function importArchive({ db = getDb(), archive, workspaceId }: { db?: Db; archive: unknown; workspaceId: string }) {
  const { documents } = archiveSchema.parse(archive);
  const outcomes: ArchiveImportOutcome[] = [];
  for (const doc of documents) {
    const { outcome, documentId } = await db.$transaction((tx) => importOne(tx, doc, workspaceId));
    if (documentId) await publish("document.changed", { workspaceId, documentId, change: "created" });
    outcomes.push(outcome);
  }
  return outcomes;
}

async function importOne(tx: Tx, doc: ArchivedDocument, workspaceId: string): Promise<{ outcome: ArchiveImportOutcome; documentId?: string }> {
  const taken = await tx.document.findUnique({ where: { slug: doc.slug }, select: { id: true } });
  if (taken) return { outcome: { slug: doc.slug, action: "conflict", message: `A document "${doc.slug}" already exists; it was left as it is.` } };
  const redirects = await tx.slugRedirect.findMany({ where: { slug: { in: doc.oldSlugs } }, select: { slug: true } });
  if (redirects.length > 0) {
    return { outcome: { slug: doc.slug, action: "conflict", message: `Its old slug "${redirects[0]!.slug}" already points at another document.` } };
  }
  const newest = doc.versions.reduce<ArchivedDocument["versions"][number] | undefined>((a, v) => (!a || v.number > a.number ? v : a), undefined);
  const created = await tx.document.create({
    data: {
      ...(newest ? newestVersionSummary({ ...newest, createdAt: new Date(newest.createdAt) }) : {}),
      workspaceId,
      slug: doc.slug,
      title: doc.title,
      description: doc.description,
      tags: serializeTags(doc.tags),
      folder: doc.folder,
      format: doc.format,
      dialect: doc.dialect,
      archivedAt: doc.archivedAt ? new Date(doc.archivedAt) : null,
      createdAt: new Date(doc.createdAt),
      updatedAt: new Date(doc.updatedAt),
      versions: {
        create: doc.versions.map((v) => ({ ...v, createdAt: new Date(v.createdAt) })),
      },
      labels: { create: doc.labels.map((l) => ({ ...l, updatedAt: new Date(l.updatedAt) })) },
      labelEvents: { create: doc.labelEvents.map((e) => ({ ...e, createdAt: new Date(e.createdAt) })) },
      oldSlugs: { create: doc.oldSlugs.map((slug) => ({ slug })) },
      presets: { create: doc.presets.map((p) => ({ ...p, createdAt: new Date(p.createdAt), updatedAt: new Date(p.updatedAt) })) },
    },
    select: { id: true },
  });
  // `updatedAt` is maintained by Prisma on create; put the archived value back.
  await tx.document.update({ where: { id: created.id }, data: { updatedAt: new Date(doc.updatedAt) } });
  return { outcome: { slug: doc.slug, action: "imported", versions: doc.versions.length }, documentId: created.id };
}
