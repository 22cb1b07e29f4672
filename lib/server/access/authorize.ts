import { can, isRole, refusal, type Permission, type Role } from "@/lib/core/access/roles";
import { cached } from "../cache/read-cache";
import { getDb, type Db } from "../db/client";
import { forbidden, notFound } from "../errors";
import type { Actor } from "./actor";

/**
 * The one place rights are decided. Someone outside a workspace learns nothing about it: its
 * documents answer exactly like documents that do not exist. A member whose role lacks the
 * permission is told so (403).
 */

export async function roleIn({ db = getDb(), actor, workspaceId }: { db?: Db; actor: Actor; workspaceId: string }): Promise<Role | null> {
  if (actor.type === "api_key") return actor.workspaceId === workspaceId ? actor.role : null;
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: actor.id } },
    select: { role: true },
  });
  return isRole(membership?.role) ? membership.role : null;
}

export interface WorkspaceAccess {
  workspaceId: string;
  role: Role;
}

export async function authorizeWorkspace(options: {
  db?: Db;
  actor: Actor;
  workspaceId: string;
  permission: Permission;
}): Promise<WorkspaceAccess> {
  const role = await roleIn(options);
  if (!role) throw notFound("There is no such workspace.");
  if (!can(role, options.permission)) throw forbidden(refusal(role, options.permission));
  return { workspaceId: options.workspaceId, role };
}

export interface DocumentAccess extends WorkspaceAccess {
  documentId: string;
  slug: string;
}

/** Finds a document by slug and checks the actor's role in its workspace. */
export async function authorizeDocument({
  db = getDb(),
  actor,
  slug,
  permission,
}: {
  db?: Db;
  actor: Actor;
  slug: string;
  permission: Permission;
}): Promise<DocumentAccess> {
  // Cached: the render API authorizes every call; writes to documents empty the cache.
  const doc = await cached(`doc-workspace:${slug}`, () =>
    db.document.findUnique({ where: { slug }, select: { id: true, workspaceId: true } }),
  );
  const role = doc ? await roleIn({ db, actor, workspaceId: doc.workspaceId }) : null;
  if (!doc || !role) throw notFound(`There is no document "${slug}".`);
  if (!can(role, permission)) throw forbidden(refusal(role, permission));
  return { documentId: doc.id, slug, workspaceId: doc.workspaceId, role };
}
