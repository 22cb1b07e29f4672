import { isRole } from "@/lib/core/access/roles";
import { auditActor } from "../access/actor";
import type { SessionUser } from "../auth/get-session-user";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../db/client";
import { publish } from "../events/domain-events";
import { AppError } from "../errors";
import { readOpenInvite } from "./read-invite";

/**
 * Joins the invite's workspace with its role and uses the invite up. Someone who is already a
 * member keeps their role and leaves the invite for whoever it was meant for.
 */
export async function acceptInvite({ db = getDb(), user, token }: { db?: Db; user: SessionUser; token: string }) {
  const result = await db.$transaction(async (tx) => {
    const invite = await readOpenInvite(tx, token);
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.id } },
    });
    if (existing) return { workspaceId: invite.workspaceId, role: existing.role, joined: false };
    // Single use even when two people open the link at once: only one update matches.
    const { count } = await tx.invite.updateMany({
      where: { id: invite.id, usedAt: null },
      data: { usedAt: new Date(), inviteeId: user.id },
    });
    if (count === 0) throw new AppError("gone", "This invite has already been used. Each invite link works once.");
    await tx.membership.create({ data: { workspaceId: invite.workspaceId, userId: user.id, role: invite.role } });
    await recordAuditEvent(tx, {
      workspaceId: invite.workspaceId,
      actor: auditActor(user),
      action: "member.join",
      target: user.email,
      after: { role: invite.role },
    });
    return { workspaceId: invite.workspaceId, role: invite.role, joined: true };
  });
  if (result.joined && isRole(result.role)) await publish("membership.changed", { workspaceId: result.workspaceId, userId: user.id, role: result.role });
  return result;
}
