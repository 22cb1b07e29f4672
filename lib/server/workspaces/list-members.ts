import { getDb, type Db } from "../db/client";

export async function listMembers({ db = getDb(), workspaceId }: { db?: Db; workspaceId: string }) {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({ ...row.user, role: row.role, joinedAt: row.createdAt }));
}
