import { getDb, type Db } from "../db/client";
import type { Actor } from "./actor";

/** Every workspace whose documents the actor may read: an API key's own, or a person's memberships. */
export async function readableWorkspaceIds(actor: Actor, db: Db = getDb()): Promise<string[]> {
  if (actor.type === "api_key") return [actor.workspaceId];
  const rows = await db.membership.findMany({ where: { userId: actor.id }, select: { workspaceId: true } });
  return rows.map((row) => row.workspaceId);
}
