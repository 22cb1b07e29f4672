import { can, refusal } from "@/lib/core/access/roles";
import { moveDocumentSchema, type MoveDocumentInput } from "@/lib/contracts/folders";
import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { forbidden, notFound } from "../errors";

/**
 * Puts a document in a folder ("" is the top level). Only the folder changes: the slug, and so
 * every `/d/<slug>` link, stays as it was. Moving to the folder it is in changes nothing.
 */
export async function moveDocument({
  db = getDb(),
  access,
  input,
  actor,
}: {
  db?: Db;
  access: DocumentAccess;
  input: MoveDocumentInput;
  actor: AuditActor;
}): Promise<{ slug: string; folder: string; moved: boolean }> {
  // The access may have been granted for reading (a page): moving needs editing rights.
  if (!can(access.role, "document.edit")) throw forbidden(refusal(access.role, "document.edit"));
  const { folder } = moveDocumentSchema.parse(input);
  const moved = await db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: theDocument(access), select: { slug: true, folder: true } });
    if (!doc) throw notFound(`There is no document "${access.slug}".`);
    if (doc.folder === folder) return false;
    await tx.document.update({ where: theDocument(access), data: { folder } });
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: "document.move",
      target: doc.slug,
      before: { folder: doc.folder },
      after: { folder },
    });
    return true;
  });
  if (moved) await publish("document.changed", { workspaceId: access.workspaceId, documentId: access.documentId, change: "updated" });
  return { slug: access.slug, folder, moved };
}
