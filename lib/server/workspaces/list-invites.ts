import { getDb, type Db } from "../db/client";

/** Invites that can still be used, newest first; used, revoked and expired ones drop off. */
export async function listOpenInvites({ db = getDb(), workspaceId }: { db?: Db; workspaceId: string }) {
  return db.invite.findMany({
    where: { workspaceId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, email: true, createdAt: true, expiresAt: true },
  });
}
