"use server";

import { cookies } from "next/headers";
import { userAction } from "@/app/_lib/authorized-action";
import { WORKSPACE_COOKIE } from "@/app/_lib/session";
import { AppError } from "@/lib/server/errors";
import { acceptInvite } from "@/lib/server/workspaces/accept-invite";
import { createWorkspace } from "@/lib/server/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/server/workspaces/list-my-workspaces";

async function rememberWorkspace(id: string) {
  (await cookies()).set(WORKSPACE_COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
}

/** Also finishes first-run setup: the first workspace takes the existing library or the examples. */
export async function createWorkspaceAction(name: string) {
  return userAction(async ({ user }) => {
    const workspace = await createWorkspace({ user, name });
    await rememberWorkspace(workspace.id);
    return workspace;
  });
}

export async function switchWorkspaceAction(id: string) {
  return userAction(async ({ user }) => {
    const mine = await listMyWorkspaces({ userId: user.id });
    if (!mine.some((workspace) => workspace.id === id)) throw new AppError("not_found", "There is no such workspace.");
    await rememberWorkspace(id);
    return { id };
  });
}

export async function acceptInviteAction(token: string) {
  return userAction(async ({ user }) => {
    const joined = await acceptInvite({ user, token });
    await rememberWorkspace(joined.workspaceId);
    return joined;
  });
}
