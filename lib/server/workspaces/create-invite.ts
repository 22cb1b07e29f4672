import { createInviteSchema, type CreateInviteInput } from "@/lib/contracts/workspaces";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { generateToken, hashToken } from "../security/tokens";

/** A single-use invite link; the token is returned once and only its hash is kept. */
export async function createInvite({
  db = getDb(),
  workspaceId,
  actor,
  input,
}: {
  db?: Db;
  workspaceId: string;
  actor: AuditActor & { id: string };
  input: CreateInviteInput;
}) {
  const { role, expiresInHours, email } = createInviteSchema.parse(input);
  const token = generateToken("inv");
  const expiresAt = new Date(Date.now() + expiresInHours * 3_600_000);
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: { workspaceId, role, tokenHash: hashToken(token), email: email ?? null, creatorId: actor.id, expiresAt },
      select: { id: true, role: true, expiresAt: true, email: true },
    });
    await recordAuditEvent(tx, {
      workspaceId,
      actor,
      action: "member.invite",
      target: email ?? `invite ${invite.id.slice(-6)}`,
      after: { role, expiresAt: expiresAt.toISOString() },
    });
    return { ...invite, token, path: `/invite/${token}` };
  });
}
