import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { notFound } from "../errors";

/** Hides a document from the library (or brings it back); nothing else changes. */
export async function setArchived({
  db = getDb(),
  slug,
  archived,
  actor,
}: {
  db?: Db;
  slug: string;
  archived: boolean;
  actor: AuditActor;
}) {
  const doc = await db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: { slug }, select: { id: true, workspaceId: true } });
    if (!doc) throw notFound(`There is no document "${slug}".`);
    await tx.document.update({ where: { id: doc.id }, data: { archivedAt: archived ? new Date() : null } });
    await recordAuditEvent(tx, {
      workspaceId: doc.workspaceId,
      actor,
      action: archived ? "document.archive" : "document.unarchive",
      target: slug,
    });
    return doc;
  });
  await publish("document.changed", { workspaceId: doc.workspaceId, documentId: doc.id, change: archived ? "archived" : "unarchived" });
  return { slug, archived };
}
