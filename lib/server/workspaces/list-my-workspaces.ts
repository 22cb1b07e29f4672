import { isRole, type Role } from "@/lib/core/access/roles";
import { getDb, type Db } from "../db/client";

export interface MyWorkspace {
  id: string;
  name: string;
  role: Role;
}

/** The workspaces a person belongs to, oldest membership first. */
export async function listMyWorkspaces({ db = getDb(), userId }: { db?: Db; userId: string }): Promise<MyWorkspace[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, workspace: { select: { id: true, name: true } } },
  });
  return rows.flatMap((row) => (isRole(row.role) ? [{ ...row.workspace, role: row.role }] : []));
}

/** The workspace the person last chose (a cookie), if they still belong to it, else their first. */
export function pickCurrentWorkspace(workspaces: MyWorkspace[], preferredId: string | undefined): MyWorkspace | null {
  return workspaces.find((workspace) => workspace.id === preferredId) ?? workspaces[0] ?? null;
}
