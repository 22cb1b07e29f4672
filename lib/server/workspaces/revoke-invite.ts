import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

export async function revokeInvite({ db = getDb(), workspaceId, actor, id }: { db?: Db; workspaceId: string; actor: AuditActor; id: string }) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id, workspaceId, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("There is no open invite with that id.");
    await recordAuditEvent(tx, { workspaceId, actor, action: "member.invite_revoke", target: `invite ${id.slice(-6)}` });
    return { id };
  });
}
