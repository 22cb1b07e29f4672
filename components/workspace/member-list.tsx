"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { changeRoleAction, removeMemberAction } from "@/app/settings/members/actions";
import { ROLES, roleName } from "@/lib/core/access/roles";

interface Member {
  id: string;
  name: string;
  email: string;
  role: string;
}

/** Everyone in the workspace; owners change roles and remove people (the last owner stays). */
export function MemberList({ members, currentUserId, manage }: { members: Member[]; currentUserId: string; manage: boolean }) {
  const router = useRouter();
  // Refreshed either way: a refused role change puts the select back where the server has it.
  const changeRole = useAction(changeRoleAction);
  const remove = useAction(removeMemberAction);
  const pending = changeRole.pending || remove.pending;
  const error = changeRole.error ?? remove.error;
  return (
    <>
      <div role="region" aria-label="Members" tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm">
        <tbody data-testid="member-list">
          {members.map((member) => (
            <tr key={member.id} className="border-t border-zinc-100 first:border-0">
              <td className="px-4 py-2">
                <div className="font-medium">
                  {member.name}
                  {member.id === currentUserId && <span className="ml-1 text-xs text-zinc-500">(you)</span>}
                </div>
                <div className="text-xs text-zinc-500">{member.email}</div>
              </td>
              <td className="px-4 py-2 text-right">
                {manage ? (
                  <select
                    value={member.role}
                    disabled={pending}
                    aria-label={`Role of ${member.email}`}
                    onChange={(event) => void changeRole.run({ userId: member.id, role: event.target.value }).then(() => router.refresh())}
                    className="rounded border border-zinc-300 bg-white px-1.5 py-1"
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {roleName(role)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="text-zinc-600">{member.role}</span>
                )}
              </td>
              {manage && (
                <td className="w-24 px-4 py-2 text-right">
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm(`Remove ${member.email} from this workspace?`)) void remove.run(member.id).then(() => router.refresh());
                    }}
                    className="text-xs text-red-700 underline disabled:opacity-50"
                  >
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
