import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";

/**
 * Lets Markdown previews in a workspace load images from other sites (or stops them). Owners
 * only (the caller authorizes `workspace.settings`); recorded in the audit trail. The page
 * headers follow at once: the read cache they are looked up through follows the event.
 */
export async function setRemoteImages({ db = getDb(), workspaceId, actor, allow }: { db?: Db; workspaceId: string; actor: AuditActor; allow: boolean }) {
  const result = await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { allowRemoteImages: true, name: true } });
    if (before.allowRemoteImages === allow) return { allowRemoteImages: allow, changed: false };
    await tx.workspace.update({ where: { id: workspaceId }, data: { allowRemoteImages: allow } });
    await recordAuditEvent(tx, {
      workspaceId,
      actor,
      action: "workspace.remote_images",
      target: before.name,
      before: { allowRemoteImages: before.allowRemoteImages },
      after: { allowRemoteImages: allow },
    });
    return { allowRemoteImages: allow, changed: true };
  });
  if (result.changed) await publish("workspace.changed", { workspaceId, change: "settings" });
  return result;
}
