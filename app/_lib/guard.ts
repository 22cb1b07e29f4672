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
    return { user, access: await authorizedDocument(user, slug, permission) };
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

// Once per request and person: the page and its metadata get the same access object, so
// readDocument below reads the document once for both.
const authorizedDocument = cache((user: SessionUser, slug: string, permission: Permission) =>
  authorizeDocument({ actor: user, slug, permission }),
);

/** A document, read once per request (its page and its metadata both need it). */
export const readDocument = cache((access: DocumentAccess) => getDocument({ access }));

/** A document's title for the browser tab, only for someone who may read it. */
export async function readableTitle(slug: string): Promise<string> {
  const user = await currentUser();
  const access = user && (await authorizedDocument(user, slug, "document.read").catch(() => null));
  const doc = access ? await readDocument(access).catch(() => null) : null;
  return doc?.title ?? "Dramatis";
}
