"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { createInviteAction } from "@/app/settings/members/actions";
import { ShownOnce } from "@/components/shown-once";
import { INVITE_EXPIRY_CHOICES } from "@/lib/contracts/workspaces";
import { ROLES, roleName, type Role } from "@/lib/core/access/roles";

/** An owner makes a single-use link for one role; it is shown once to copy (and emailed when SMTP is set). */
export function InviteForm() {
  const router = useRouter();
  const [role, setRole] = useState<Role>("editor");
  const [hours, setHours] = useState<number>(INVITE_EXPIRY_CHOICES[1].hours);
  const [email, setEmail] = useState("");
  const [created, setCreated] = useState<{ url: string; emailed: boolean } | null>(null);
  const create = useAction(createInviteAction, {
    onSuccess: (invite) => {
      setCreated({ url: `${window.location.origin}${invite.path}`, emailed: invite.emailed });
      router.refresh();
    },
  });
  const { pending } = create;
  const error = create.fieldErrors.email ?? create.error;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void create.run({ role, expiresInHours: hours, email });
  };

  return (
    <div className="mt-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm">
      <form onSubmit={submit} className="flex flex-wrap items-center gap-2" aria-label="Create an invite">
        <select value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="Invite role" className="rounded-md border border-zinc-300 bg-white px-2 py-1.5">
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {roleName(value)}
            </option>
          ))}
        </select>
        <select value={hours} onChange={(e) => setHours(Number(e.target.value))} aria-label="Invite expiry" className="rounded-md border border-zinc-300 bg-white px-2 py-1.5">
          {INVITE_EXPIRY_CHOICES.map((choice) => (
            <option key={choice.hours} value={choice.hours}>
              Expires in {choice.label}
            </option>
          ))}
        </select>
        <input
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder="Email (optional)"
          aria-label="Invite email"
          className="min-w-40 flex-1 rounded-md border border-zinc-300 px-2 py-1.5"
        />
        <button type="submit" disabled={pending} className="rounded-md bg-zinc-900 px-3 py-1.5 font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
          Create invite link
        </button>
      </form>
      {error && (
        <p role="alert" className="mt-2 text-red-700">
          {error}
        </p>
      )}
      {created && (
        <ShownOnce
          value={created.url}
          label="Invite link"
          note={`${created.emailed ? "Sent by email. " : ""}Copy the link now: it is shown once and works for one person.`}
        />
      )}
    </div>
  );
}
