"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchWorkspaceAction } from "@/app/workspaces/actions";

const NEW = "__new__";

/** Which workspace the library, imports and new documents use; documents open from any of one's workspaces. */
export function WorkspaceSwitcher({ workspaces, currentId }: { workspaces: { id: string; name: string; role: string }[]; currentId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <select
      value={currentId}
      disabled={pending}
      aria-label="Workspace"
      onChange={(event) => {
        const id = event.target.value;
        if (id === NEW) return router.push("/workspaces/new");
        startTransition(async () => {
          await switchWorkspaceAction(id);
          router.push("/");
          router.refresh();
        });
      }}
      className="max-w-48 rounded-md border border-zinc-200 bg-white px-2 py-1 text-sm"
    >
      {workspaces.map((workspace) => (
        <option key={workspace.id} value={workspace.id}>
          {workspace.name} ({workspace.role})
        </option>
      ))}
      <option value={NEW}>+ New workspace…</option>
    </select>
  );
}
