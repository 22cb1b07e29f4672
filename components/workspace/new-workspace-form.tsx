"use client";

import { useRouter } from "next/navigation";
import { useAction } from "@/components/hooks/use-action";
import { issueSentence } from "@/lib/core/messages/human-messages";
import { createWorkspaceAction } from "@/app/workspaces/actions";
import { createWorkspaceSchema } from "@/lib/contracts/workspaces";

export function NewWorkspaceForm() {
  const router = useRouter();
  const create = useAction(createWorkspaceAction, {
    onSuccess: () => {
      router.push("/");
      router.refresh();
    },
  });
  const { pending, error } = create;
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = createWorkspaceSchema.safeParse({ name: new FormData(event.currentTarget).get("name") });
    const issue = parsed.error?.issues[0];
    if (!parsed.success) return create.setError(issue ? issueSentence(issue) : "Name the workspace");
    void create.run(parsed.data.name);
  };
  return (
    <form onSubmit={submit} className="mt-6 space-y-3" aria-label="Create a workspace">
      <label className="block">
        <span className="text-sm font-medium">Workspace name</span>
        <input name="name" className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-2 text-sm" />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50">
        Create workspace
      </button>
    </form>
  );
}
