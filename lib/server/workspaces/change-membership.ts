import type { Role } from "@/lib/core/access/roles";
import type { AuditActor } from "../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db, type Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { publish } from "../events/domain-events";

/**
 * Changes a member's role (`role`) or removes them (`role: null`). A workspace always keeps an
 * owner, so the last one can be neither demoted nor removed. After the change is committed,
 * `membership.changed` tells whatever still holds the old rights (open live-draft sockets).
 */
export async function changeMembership({
  db = getDb(),
  workspaceId,
  actor,
  userId,
  role,
}: {
  db?: Db;
  workspaceId: string;
  actor: AuditActor;
  userId: string;
  role: Role | null;
}) {
  const result = await db.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      include: { user: { select: { email: true } } },
    });
    if (!member) throw notFound("That person is not a member of this workspace.");
    if (member.role === role) return { userId, role, changed: false };
    if (member.role === "owner") await assertAnotherOwner(tx, workspaceId);
    if (role === null) await tx.membership.delete({ where: { id: member.id } });
    else await tx.membership.update({ where: { id: member.id }, data: { role } });
    await recordAuditEvent(tx, {
      workspaceId,
      actor,
      action: role === null ? "member.remove" : "member.role",
      target: member.user.email,
      before: { role: member.role },
      after: role === null ? undefined : { role },
    });
    return { userId, role, changed: true };
  });
  if (result.changed) await publish("membership.changed", { workspaceId, userId, role });
  return { userId, role };
}

async function assertAnotherOwner(tx: Tx, workspaceId: string) {
  const owners = await tx.membership.count({ where: { workspaceId, role: "owner" } });
  if (owners <= 1) throw new AppError("conflict", "A workspace needs at least one owner. Make someone else an owner first.");
}
