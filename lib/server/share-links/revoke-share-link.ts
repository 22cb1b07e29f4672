import type { AuditActor } from "../access/actor";
import type { DocumentAccess } from "../access/authorize";
import { ofTheDocument } from "../access/scope";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** A revoked link stops working at once; the row stays, so the list shows it was revoked and by whom (audit). */
export async function revokeShareLink({ db = getDb(), access, actor, id }: { db?: Db; access: DocumentAccess; actor: AuditActor; id: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.shareLink.updateMany({
      where: { ...ofTheDocument(access), id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("There is no active share link with that id on this document.");
    await recordAuditEvent(tx, { workspaceId: access.workspaceId, actor, action: "share_link.revoke", target: access.slug, before: { link: id } });
    return { id };
  });
}
