import { can, labelPermission } from "@/lib/core/access/roles";
import { protectedLabelSentence } from "@/lib/core/messages/human-messages";
import { setLabelSchema, type SetLabelInput } from "@/lib/contracts/labels";
import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument, theDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { forbidden, notFound } from "../errors";

/**
 * Points a label at a version, creating it if needed, and records the move (who, when, from,
 * to) in the same transaction. A protected label moves only for owners (the access's role).
 * Moving a label to where it already is records nothing.
 */
export async function setLabel({
  db = getDb(),
  access,
  input,
  actorName,
  actor,
}: {
  db?: Db;
  access: DocumentAccess;
  input: SetLabelInput;
  /** The name the move is recorded under: the session's person or the API key's (actor.ts). */
  actorName: string;
  actor: AuditActor;
}) {
  const { name, version } = setLabelSchema.parse(input);
  const { slug, role } = access;
  const { moved, workspaceId, documentId } = await db.$transaction(async (tx) => {
    const doc = await tx.document.findUnique({ where: theDocument(access), select: { id: true } });
    if (!doc) throw notFound(`There is no document "${slug}".`);
    const current = await tx.label.findFirst({ where: { ...ofTheDocument(access), name } });
    const permission = labelPermission(current?.protected ?? false);
    if (!can(role, permission)) throw forbidden(protectedLabelSentence(name));
    const exists = await tx.version.count({ where: { ...ofTheDocument(access), number: version } });
    if (!exists) throw notFound(`Document "${slug}" has no version ${version}.`);
    const where = { workspaceId: access.workspaceId, documentId: doc.id };
    if (current?.versionNumber === version) return { ...where, moved: false };
    await tx.label.upsert({
      where: { documentId_name: { documentId: doc.id, name } },
      create: { documentId: doc.id, name, versionNumber: version, actorName },
      update: { versionNumber: version, actorName },
    });
    await tx.labelEvent.create({
      data: { documentId: doc.id, name, fromNumber: current?.versionNumber ?? null, toNumber: version, actorName },
    });
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: "label.move",
      target: `${slug} · ${name}`,
      before: current ? { version: current.versionNumber } : undefined,
      after: { version },
    });
    return { ...where, moved: true };
  });
  if (moved) await publish("label.moved", { workspaceId, documentId, name, change: "moved" });
  return { name, version, moved };
}
