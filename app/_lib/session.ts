import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "@/lib/server/auth/get-session-user";
import { isFirstRun } from "@/lib/server/auth/is-first-run";
import { listMyWorkspaces, pickCurrentWorkspace, type MyWorkspace } from "@/lib/server/workspaces/list-my-workspaces";

/** The cookie that remembers which workspace the library shows; membership is checked on every read. */
export const WORKSPACE_COOKIE = "dramatis-workspace";

/** The signed-in person, once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => getSessionUser(await headers()));

/**
 * For pages: the signed-in person, or a redirect to sign in (back to `returnTo` afterwards).
 * A database without any account sends everyone to the first-run setup instead.
 */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  if (await isFirstRun()) redirect("/setup");
  redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
}

export interface WorkspaceContext {
  user: SessionUser;
  workspace: MyWorkspace;
  workspaces: MyWorkspace[];
}

export const currentWorkspaces = cache(async (userId: string) => listMyWorkspaces({ userId }));

/**
 * A person's workspaces and the one selected (the cookie, if they still belong to it, else
 * their first): for pages, the header, actions and routes alike.
 */
export async function selectedWorkspace(userId: string): Promise<{ workspaces: MyWorkspace[]; workspace: MyWorkspace | null }> {
  const workspaces = await currentWorkspaces(userId);
  return { workspaces, workspace: pickCurrentWorkspace(workspaces, (await cookies()).get(WORKSPACE_COOKIE)?.value) };
}

/** For pages that work in the current workspace; someone without any is asked to create one. */
export async function requireWorkspace(returnTo?: string): Promise<WorkspaceContext> {
  const user = await requireUser(returnTo);
  const { workspaces, workspace } = await selectedWorkspace(user.id);
  if (!workspace) redirect("/workspaces/new");
  return { user, workspace, workspaces };
}
