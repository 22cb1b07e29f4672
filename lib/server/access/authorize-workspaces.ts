import { can, isRole, refusal, type Permission } from "@/lib/core/access/roles";
import { getDb, type Db } from "../db/client";
import { forbidden } from "../errors";
import type { Actor } from "./actor";
import type { WorkspaceAccess } from "./authorize";

/**
 * For requests that name no document (listing, searching): every workspace of the actor's
 * whose role allows `permission` (an API key has one). A caller none of whose roles allows it
 * is refused (403, saying who may); someone in no workspace at all gets an empty list.
 */
export async function authorizeWorkspaces({
  db = getDb(),
  actor,
  permission,
}: {
  db?: Db;
  actor: Actor;
  permission: Permission;
}): Promise<WorkspaceAccess[]> {
  const memberships =
    actor.type === "api_key"
      ? [{ workspaceId: actor.workspaceId, role: actor.role }]
      : await db.membership.findMany({ where: { userId: actor.id }, select: { workspaceId: true, role: true } });
  const roles = memberships.flatMap(({ workspaceId, role }) => (isRole(role) ? [{ workspaceId, role }] : []));
  const allowed = roles.filter(({ role }) => can(role, permission));
  if (allowed.length === 0 && roles.length > 0) throw forbidden(refusal(roles[0]!.role, permission));
  return allowed;
}
