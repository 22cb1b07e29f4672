"use server";

import { revalidatePath } from "next/cache";
import { changeRoleSchema, type CreateInviteInput } from "@/lib/contracts/workspaces";
import { workspaceAction } from "@/app/_lib/authorized-action";
import { siteOrigin } from "@/app/_lib/origin";
import { changeMembership } from "@/lib/server/workspaces/change-membership";
import { createInvite } from "@/lib/server/workspaces/create-invite";
import { revokeInvite } from "@/lib/server/workspaces/revoke-invite";
import { sendInviteEmail } from "@/lib/server/workspaces/send-invite-email";

export async function createInviteAction(input: CreateInviteInput) {
  return workspaceAction("workspace.members", async ({ user, actor, access }) => {
    const invite = await createInvite({ workspaceId: access.workspaceId, actor, input });
    const emailed = invite.email ? await sendInviteEmail({ to: invite.email, url: `${await siteOrigin()}${invite.path}`, from: user.name }) : false;
    revalidatePath("/settings/members");
    return { path: invite.path, role: invite.role, expiresAt: invite.expiresAt, emailed };
  });
}

export async function revokeInviteAction(id: string) {
  return workspaceAction("workspace.members", async ({ actor, access }) => {
    await revokeInvite({ workspaceId: access.workspaceId, actor, id });
    revalidatePath("/settings/members");
    return { id };
  });
}

export async function changeRoleAction(input: { userId: string; role: string }) {
  return workspaceAction("workspace.members", async ({ actor, access }) => {
    const { userId, role } = changeRoleSchema.parse(input);
    await changeMembership({ workspaceId: access.workspaceId, actor, userId, role });
    revalidatePath("/settings/members");
    return { userId, role };
  });
}

export async function removeMemberAction(userId: string) {
  return workspaceAction("workspace.members", async ({ actor, access }) => {
    await changeMembership({ workspaceId: access.workspaceId, actor, userId, role: null });
    revalidatePath("/settings/members");
    return { userId };
  });
}
