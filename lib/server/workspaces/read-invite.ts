import { isRole, type Role } from "@/lib/core/access/roles";
import type { Tx } from "../db/client";
import { AppError, notFound } from "../errors";
import { hashToken } from "../security/tokens";

export interface OpenInvite {
  id: string;
  workspaceId: string;
  workspaceName: string;
  role: Role;
  expiresAt: Date;
}

/** An invite that can still be used, or the reason it cannot: 404 unknown, 410 used/revoked/expired. */
export async function readOpenInvite(tx: Tx, token: string, now = new Date()): Promise<OpenInvite> {
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { workspace: { select: { name: true } } },
  });
  if (!invite || !isRole(invite.role)) throw notFound("This invite link is not valid. Ask for a new one.");
  if (invite.revokedAt) throw new AppError("gone", "This invite was revoked. Ask the workspace owner for a new one.");
  if (invite.usedAt) throw new AppError("gone", "This invite has already been used. Each invite link works once.");
  if (invite.expiresAt <= now) throw new AppError("gone", "This invite has expired. Ask the workspace owner for a new one.");
  return {
    id: invite.id,
    workspaceId: invite.workspaceId,
    workspaceName: invite.workspace.name,
    role: invite.role,
    expiresAt: invite.expiresAt,
  };
}
