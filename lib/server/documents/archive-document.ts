import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { notFound } from "../errors";

/** Hides a document from the library (or brings it back); nothing else changes. */
export async function setArchived({
  db = getDb(),
  access,
  archived,
  actor,
}: {
  db?: Db;
  access: DocumentAccess;
  archived: boolean;
  actor: AuditActor;
}) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.document.updateMany({ where: theDocument(access), data: { archivedAt: archived ? new Date() : null } });
    if (count === 0) throw notFound(`There is no document "${access.slug}".`);
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: archived ? "document.archive" : "document.unarchive",
      target: access.slug,
    });
  });
  await publish("document.changed", {
    workspaceId: access.workspaceId,
    documentId: access.documentId,
    change: archived ? "archived" : "unarchived",
  });
  return { slug: access.slug, archived };
}
