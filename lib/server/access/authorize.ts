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

declare const authorized: unique symbol;

/**
 * What a use case needs to act on one document: its id and its workspace's, with the caller's
 * role. Only the authorization step below (and a share link's opening) produces one: the brand
 * keeps callers from writing `{ documentId, workspaceId }` by hand, and every use case scopes its
 * queries by both ids, so a wrong id finds nothing rather than another workspace's rows.
 */
export interface DocumentAccess extends WorkspaceAccess {
  readonly documentId: string;
  /** The slug it was found by, for messages and the audit trail; never used to look anything up. */
  readonly slug: string;
  readonly [authorized]: true;
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
  return documentAccess({ documentId: doc.id, workspaceId: doc.workspaceId, slug, role });
}

/**
 * Read access to the one document a valid share link shows, for whoever holds its token
 * (lib/server/share-links/open-share-link.ts checks the token, revocation and expiry first).
 */
export function shareLinkAccess(document: { id: string; workspaceId: string; slug: string }): DocumentAccess {
  return documentAccess({ documentId: document.id, workspaceId: document.workspaceId, slug: document.slug, role: "viewer" });
}

function documentAccess(fields: { documentId: string; workspaceId: string; slug: string; role: Role }): DocumentAccess {
  return Object.freeze(fields) as DocumentAccess;
}
