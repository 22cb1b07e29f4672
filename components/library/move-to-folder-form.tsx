"use client";

import { useRouter } from "next/navigation";
import { moveDocumentAction } from "@/app/folders/actions";
import { useAction } from "@/components/hooks/use-action";

/**
 * "Move to…" in a row's menu: pick a folder from the list (the page's `library-folder-paths`)
 * or type a new path to make one. The keyboard's way of dragging a row onto a folder.
 */
export function MoveToFolderForm({ slug, folder, onMoved }: { slug: string; folder: string; onMoved: () => void }) {
  const router = useRouter();
  const move = useAction(moveDocumentAction, {
    onSuccess: () => {
      onMoved();
      router.refresh();
    },
  });
  return (
    <form action={(form) => void move.run({ slug, folder: String(form.get("folder") ?? "") })} className="mb-4 border-b border-zinc-200 pb-4">
      <label className="block text-sm font-medium">
        Move to…
        <input
          name="folder"
          defaultValue={folder}
          list="library-folder-paths"
          autoComplete="off"
          autoFocus
          placeholder="Top level"
          className="mt-1 block w-full rounded-md border border-zinc-300 px-2 py-1 text-sm font-normal outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
        />
      </label>
      <span className="mt-1 block text-xs text-zinc-600">Choose a folder or type a new path, such as agents/backend. Empty: the top level. Its address stays the same.</span>
      {move.error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {move.fieldErrors.folder ?? move.error}
        </p>
      )}
      <button type="submit" disabled={move.pending} className="mt-2 rounded-md bg-zinc-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
        {move.pending ? "Moving…" : "Move"}
      </button>
    </form>
  );
}
