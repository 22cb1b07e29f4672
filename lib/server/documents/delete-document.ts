import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { notFound } from "../errors";

/**
 * Deletes a document with its versions, labels, share links and redirects, for good. The UI
 * asks for the title as confirmation and offers an export first; the audit trail keeps a
 * record of what was deleted.
 */
export async function deleteDocument({ db = getDb(), access, actor }: { db?: Db; access: DocumentAccess; actor: AuditActor }) {
  const doc = await db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({
      where: theDocument(access),
      select: { id: true, workspaceId: true, slug: true, title: true, _count: { select: { versions: true } } },
    });
    if (!doc) throw notFound(`There is no document "${access.slug}".`);
    await tx.document.delete({ where: { id: doc.id } });
    await recordAuditEvent(tx, {
      workspaceId: doc.workspaceId,
      actor,
      action: "document.delete",
      target: doc.slug,
      before: { title: doc.title, versions: doc._count.versions },
    });
    return doc;
  });
  await publish("document.changed", { workspaceId: doc.workspaceId, documentId: doc.id, change: "deleted" });
  return { slug: doc.slug, deleted: true };
}
