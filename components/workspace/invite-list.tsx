"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { revokeInviteAction } from "@/app/settings/members/actions";
import { RelativeTime } from "@/components/relative-time";

interface Invite {
  id: string;
  role: string;
  email: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** Invites not yet used, revoked or expired. */
export function InviteList({ invites }: { invites: Invite[] }) {
  const router = useRouter();
  const revoke = useAction(revokeInviteAction, { onSuccess: () => router.refresh() });
  if (invites.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm" data-testid="invite-list">
      {invites.map((invite) => (
        <li key={invite.id} className="flex items-center gap-2 rounded border border-zinc-200 bg-white px-3 py-1.5">
          <span className="flex-1">
            {invite.role} invite{invite.email ? ` for ${invite.email}` : ""} · expires <RelativeTime date={invite.expiresAt} />
          </span>
          <button
            type="button"
            disabled={revoke.pending}
            onClick={() => void revoke.run(invite.id)}
            className="text-xs underline"
          >
            Revoke
          </button>
        </li>
      ))}
      {revoke.error && (
        <li role="alert" className="text-red-700">
          {revoke.error}
        </li>
      )}
    </ul>
  );
}
