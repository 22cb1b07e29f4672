"use client";

import { useRouter } from "next/navigation";
import { switchWorkspaceAction } from "@/app/workspaces/actions";
import { useAction } from "@/components/hooks/use-action";

const NEW = "__new__";

/**
 * Which workspace the library, imports and new documents use; documents open from any of one's
 * workspaces. On a document of another workspace it shows that one (`libraryName` is then the
 * library's), so the name and role on screen are those of what is being read. The role is the
 * header's badge beside it, in words, so the options are names only.
 */
export function WorkspaceSwitcher({ workspaces, currentId, libraryName = null }: { workspaces: { id: string; name: string }[]; currentId: string; libraryName?: string | null }) {
  const router = useRouter();
  const switchTo = useAction(switchWorkspaceAction, {
    onSuccess: () => {
      router.push("/");
      router.refresh();
    },
  });
  return (
    <>
      <select
        value={currentId}
        disabled={switchTo.pending}
        aria-label="Workspace"
        title={libraryName ? `This document's workspace. The library shows ${libraryName}.` : undefined}
        onChange={(event) => {
          const id = event.target.value;
          if (id === NEW) return router.push("/workspaces/new");
          void switchTo.run(id);
        }}
        className="max-w-48 rounded-md border border-zinc-200 bg-white px-2 py-1 text-sm"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
        <option value={NEW}>+ New workspace…</option>
      </select>
      {switchTo.error && (
        <span role="alert" className="text-xs text-red-700">
          {switchTo.error}
        </span>
      )}
    </>
  );
}
