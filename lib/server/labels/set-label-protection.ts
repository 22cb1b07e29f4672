import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { notFound } from "../errors";

/** Protects a label (only owners move it afterwards) or lifts that; callers hold `label.protect`. */
export async function setLabelProtection({
  db = getDb(),
  access,
  actor,
  name,
  isProtected,
}: {
  db?: Db;
  access: DocumentAccess;
  actor: AuditActor;
  name: string;
  isProtected: boolean;
}) {
  const changed = await db.$transaction(async (tx) => {
    const label = await tx.label.findFirst({ where: { ...ofTheDocument(access), name } });
    if (!label) throw notFound(`This document has no label “${name}”.`);
    if (label.protected === isProtected) return false;
    await tx.label.update({ where: { id: label.id }, data: { protected: isProtected } });
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: isProtected ? "label.protect" : "label.unprotect",
      target: `${access.slug} · ${name}`,
    });
    return true;
  });
  if (changed) await publish("label.moved", { workspaceId: access.workspaceId, documentId: access.documentId, name, change: "protection" });
  return { name, protected: isProtected };
}
