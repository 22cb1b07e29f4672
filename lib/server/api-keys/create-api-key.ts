import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/contracts/api-keys";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { displayPrefix, generateApiKey, hashToken } from "../security/tokens";

/** Creates a key for one workspace and returns it in full, the only time it is ever available. */
export async function createApiKey({
  db = getDb(),
  workspaceId,
  actor,
  input,
}: {
  db?: Db;
  workspaceId: string;
  actor: AuditActor;
  input: CreateApiKeyInput;
}) {
  const { name, role } = createApiKeySchema.parse(input);
  const key = generateApiKey();
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { workspaceId, name, role, prefix: displayPrefix(key), hash: hashToken(key), creatorId: actor.id },
      select: { id: true, name: true, role: true, prefix: true, createdAt: true },
    });
    await recordAuditEvent(tx, { workspaceId, actor, action: "api_key.create", target: name, after: { role, prefix: row.prefix } });
    return { ...row, key };
  });
}
