import { z } from "zod";
import { API_KEY_ROLES } from "@/lib/core/access/roles";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { displayPrefix, generateApiKey, hashToken } from "../security/tokens";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it").max(80),
  /** viewer: read and render; editor: also save versions and move unprotected labels. */
  role: z.enum(API_KEY_ROLES).default("viewer"),
});

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
  input: z.input<typeof createApiKeySchema>;
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
