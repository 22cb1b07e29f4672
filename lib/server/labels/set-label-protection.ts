import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { invalidateReadCache } from "../cache/read-cache";
import { getDb, type Db } from "../db/client";
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
  return db.$transaction(async (tx) => {
    const label = await tx.label.findFirst({ where: { ...ofTheDocument(access), name } });
    if (!label) throw notFound(`This document has no label “${name}”.`);
    if (label.protected === isProtected) return { name, protected: isProtected };
    await tx.label.update({ where: { id: label.id }, data: { protected: isProtected } });
    invalidateReadCache();
    await recordAuditEvent(tx, {
      workspaceId: access.workspaceId,
      actor,
      action: isProtected ? "label.protect" : "label.unprotect",
      target: `${access.slug} · ${name}`,
    });
    return { name, protected: isProtected };
  });
}
