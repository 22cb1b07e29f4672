import { headers } from "next/headers";
import type { ActionResult } from "@/lib/contracts/action-result";
import type { Permission } from "@/lib/core/access/roles";
import { auditActor, type AuditActor } from "@/lib/server/access/actor";
import { authorizeDocument, authorizeWorkspace, type DocumentAccess, type WorkspaceAccess } from "@/lib/server/access/authorize";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/get-session-user";
import { AppError } from "@/lib/server/errors";
import { actionError } from "@/lib/server/http/action-error";
import { selectedWorkspace } from "./session";

/**
 * Server actions are public endpoints: each one goes through a wrapper here that checks the
 * session and the permission it declares before any use case runs, and turns every refusal
 * or error into an ActionResult the form can show (nothing throws to the browser).
 */

interface UserContext {
  user: SessionUser;
  actor: AuditActor & { id: string };
}

async function signedIn(): Promise<UserContext> {
  const user = await getSessionUser(await headers());
  if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again; your draft is kept in this browser.");
  return { user, actor: { ...auditActor(user), id: user.id } };
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return actionError(error);
  }
}

export function userAction<T>(work: (context: UserContext) => Promise<T>): Promise<ActionResult<T>> {
  return run(async () => work(await signedIn()));
}

export function documentAction<T>(
  slug: string,
  permission: Permission,
  work: (context: UserContext & { access: DocumentAccess }) => Promise<T>,
): Promise<ActionResult<T>> {
  return run(async () => {
    const context = await signedIn();
    const access = await authorizeDocument({ actor: context.user, slug, permission });
    return work({ ...context, access });
  });
}

/** The workspace the person has selected (the library's), if their role there allows `permission`. */
export async function currentWorkspaceAccess(permission: Permission): Promise<UserContext & { access: WorkspaceAccess }> {
  const context = await signedIn();
  const { workspace } = await selectedWorkspace(context.user.id);
  if (!workspace) throw new AppError("not_found", "You are not a member of any workspace yet.");
  const access = await authorizeWorkspace({ actor: context.user, workspaceId: workspace.id, permission });
  return { ...context, access };
}

export function workspaceAction<T>(
  permission: Permission,
  work: (context: UserContext & { access: WorkspaceAccess }) => Promise<T>,
): Promise<ActionResult<T>> {
  return run(async () => work(await currentWorkspaceAccess(permission)));
}

/** The same checks for a route handler, e.g. one reading an upload; errors become JSON responses. */
export async function documentRouteAccess(slug: string, permission: Permission) {
  const context = await signedIn();
  return { ...context, access: await authorizeDocument({ actor: context.user, slug, permission }) };
}
