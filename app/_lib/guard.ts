import { forbidden, notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import type { Permission } from "@/lib/core/access/roles";
import { authorizeDocument, authorizeWorkspace, type DocumentAccess } from "@/lib/server/access/authorize";
import { findRenamedSlug } from "@/lib/server/documents/find-renamed-slug";
import { isAppError } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/auth/get-session-user";
import { getDocument } from "@/lib/server/documents/get-document";
import { currentUser, requireUser, requireWorkspace, type WorkspaceContext } from "./session";

/**
 * Pages declare the permission they need; this turns the answer into Next's responses: 404 for
 * documents outside the person's workspaces (exactly as for documents that do not exist),
 * 403 for a role without the right, and a redirect for a renamed document they may read.
 */
export async function pageDocument(
  slug: string,
  permission: Permission,
  path: (slug: string) => string,
): Promise<{ user: SessionUser; access: DocumentAccess }> {
  const user = await requireUser(path(slug));
  try {
    return { user, access: await authorizeOnce(user, slug, permission) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "forbidden") forbidden();
    if (error.code !== "not_found") throw error;
    const renamed = await findRenamedSlug({ slug });
    // Only someone who may read the renamed document learns where it went.
    if (renamed && (await authorizeDocument({ actor: user, slug: renamed, permission: "document.read" }).catch(() => null))) {
      permanentRedirect(path(renamed));
    }
    notFound();
  }
}

/** For workspace pages (members, API keys, audit): the current workspace, if the role allows. */
export async function pageWorkspace(permission: Permission, returnTo: string): Promise<WorkspaceContext> {
  const context = await requireWorkspace(returnTo);
  const allowed = await authorizeWorkspace({ actor: context.user, workspaceId: context.workspace.id, permission }).catch(() => null);
  if (!allowed) forbidden();
  return context;
}

/**
 * One authorization per person, document and permission per request: a page and its metadata
 * (the tab title) both ask, and each answer is a role lookup.
 */
const authorizeOnce = cache((actor: SessionUser, slug: string, permission: Permission) => authorizeDocument({ actor, slug, permission }));

/** A document, read once per request (its page and its metadata both need it); authorize first. */
export const readDocument = cache((slug: string) => getDocument({ slug }));

/** A document's title for the browser tab, only for someone who may read it. */
export async function readableTitle(slug: string): Promise<string> {
  const user = await currentUser();
  const allowed = user && (await authorizeOnce(user, slug, "document.read").catch(() => null));
  const doc = allowed ? await readDocument(slug).catch(() => null) : null;
  return doc?.title ?? "Dramatis";
}
