import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { currentUser } from "@/app/_lib/session";
import { JoinButton } from "@/components/workspace/join-button";
import { roleName } from "@/lib/core/access/roles";
import { previewInvite } from "@/lib/server/workspaces/preview-invite";

export const metadata: Metadata = { title: "Join a workspace" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const [preview, user] = await Promise.all([previewInvite({ token }), currentUser()]);
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto w-full max-w-md flex-1 px-4 py-12">
      {!preview.ok ? (
        <>
          <h1 className="text-xl font-semibold tracking-tight">This invite can’t be used</h1>
          <p role="alert" className="mt-2 text-sm text-zinc-700">
            {preview.message}
          </p>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold tracking-tight">Join “{preview.invite.workspaceName}”</h1>
          <p className="mt-2 text-sm text-zinc-600">
            You are invited as {roleName(preview.invite.role).toLowerCase()}. The link works once.
          </p>
          {user ? (
            <JoinButton token={token} name={user.name} />
          ) : (
            <div className="mt-6 flex gap-3 text-sm">
              <Link href={`/sign-up?next=${encodeURIComponent(here)}`} className="rounded-md bg-zinc-900 px-3 py-2 font-medium text-white">
                Create an account to join
              </Link>
              <Link href={`/sign-in?next=${encodeURIComponent(here)}`} className="rounded-md border border-zinc-300 px-3 py-2 font-medium">
                Sign in
              </Link>
            </div>
          )}
        </>
      )}
    </div>
  );
}
