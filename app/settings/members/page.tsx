import type { Metadata } from "next";
import { connection } from "next/server";
import { pageWorkspace } from "@/app/_lib/guard";
import { InviteForm } from "@/components/workspace/invite-form";
import { InviteList } from "@/components/workspace/invite-list";
import { MemberList } from "@/components/workspace/member-list";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { can } from "@/lib/core/access/roles";
import { listOpenInvites } from "@/lib/server/workspaces/list-invites";
import { listMembers } from "@/lib/server/workspaces/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  await connection();
  const { user, workspace } = await pageWorkspace("workspace.read", "/settings/members");
  const manage = can(workspace.role, "workspace.members");
  const [members, invites] = await Promise.all([
    listMembers({ workspaceId: workspace.id }),
    manage ? listOpenInvites({ workspaceId: workspace.id }) : Promise.resolve([]),
  ]);
  return (
    <div className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
      <WorkspaceNav name={workspace.name} role={workspace.role} current="members" />
      <h1 className="text-xl font-semibold tracking-tight">Members</h1>
      <p className="mt-1 text-sm text-zinc-600">
        Owners manage members, settings, protected labels and deletion; editors edit, save and move unprotected labels;
        viewers read, render, fill forms and save presets.
      </p>
      <MemberList members={members} currentUserId={user.id} manage={manage} />
      {manage && (
        <>
          <h2 className="mt-8 text-base font-semibold">Invite people</h2>
          <InviteForm />
          <InviteList invites={invites} />
        </>
      )}
    </div>
  );
}
