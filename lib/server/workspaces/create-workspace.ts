import { createWorkspaceSchema } from "@/lib/contracts/workspaces";
import type { SessionUser } from "../auth/get-session-user";
import { getDb, type Db } from "../db/client";
import { seedExamples } from "./seed-examples";

/**
 * Creates a workspace with `user` as its owner. The installation's very first workspace is
 * special: it takes over the library that existed before accounts did (documents migrated into
 * a workspace without members) or, on a fresh database, receives the example documents.
 */
export async function createWorkspace({ db = getDb(), user, name }: { db?: Db; user: SessionUser; name: string }) {
  const parsed = createWorkspaceSchema.parse({ name });
  const { workspace, first } = await db.$transaction(async (tx) => {
    const first = (await tx.membership.count()) === 0;
    const unclaimed = first
      ? await tx.workspace.findFirst({ where: { members: { none: {} } }, orderBy: { createdAt: "asc" } })
      : null;
    const workspace = unclaimed
      ? await tx.workspace.update({ where: { id: unclaimed.id }, data: { name: parsed.name } })
      : await tx.workspace.create({ data: { name: parsed.name } });
    await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "owner" } });
    return { workspace, first };
  });
  const seeded = first ? await seedExamples({ db, workspaceId: workspace.id }) : [];
  return { id: workspace.id, name: workspace.name, seeded: seeded.length };
}
