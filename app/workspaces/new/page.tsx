import type { Metadata } from "next";
import { connection } from "next/server";
import { requireUser, currentWorkspaces } from "@/app/_lib/session";
import { NewWorkspaceForm } from "@/components/workspace/new-workspace-form";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await connection();
  const user = await requireUser("/workspaces/new");
  const workspaces = await currentWorkspaces(user.id);
  return (
    <div className="mx-auto w-full max-w-sm flex-1 px-4 py-12">
      <h1 className="text-xl font-semibold tracking-tight">{workspaces.length === 0 ? "Create your workspace" : "New workspace"}</h1>
      <p className="mt-1 text-sm text-zinc-600">
        {workspaces.length === 0
          ? "You are not in a workspace yet. Create one, or open an invite link from your team to join theirs."
          : "A workspace has its own documents, members and API keys. You will be its owner."}
      </p>
      <NewWorkspaceForm />
    </div>
  );
}
