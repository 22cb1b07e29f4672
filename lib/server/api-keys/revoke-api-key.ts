import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { notFound } from "../errors";

/** A revoked key stops working at once; the row stays for the record. */
export async function revokeApiKey({ db = getDb(), workspaceId, actor, id }: { db?: Db; workspaceId: string; actor: AuditActor; id: string }) {
  const result = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, workspaceId, revokedAt: null }, select: { name: true, prefix: true } });
    if (!key) throw notFound("There is no active key with that id.");
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAuditEvent(tx, { workspaceId, actor, action: "api_key.revoke", target: key.name, before: { prefix: key.prefix } });
    return { id, revoked: true };
  });
  await publish("workspace.changed", { workspaceId, change: "api-key-revoked" });
  return result;
}
