import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { invalidateReadCache } from "../cache/read-cache";
import { getDb, type Db } from "../db/client";
import { notFound } from "../errors";

/** A revoked key stops working at once; the row stays for the record. */
export async function revokeApiKey({ db = getDb(), workspaceId, actor, id }: { db?: Db; workspaceId: string; actor: AuditActor; id: string }) {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id, workspaceId, revokedAt: null }, select: { name: true, prefix: true } });
    if (!key) throw notFound("There is no active key with that id.");
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    invalidateReadCache();
    await recordAuditEvent(tx, { workspaceId, actor, action: "api_key.revoke", target: key.name, before: { prefix: key.prefix } });
    return { id, revoked: true };
  });
}
