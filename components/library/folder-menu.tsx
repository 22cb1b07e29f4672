"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { moveFolderAction } from "@/app/folders/actions";
import { useAction } from "@/components/hooks/use-action";
import { isInsideFolder, reparentFolder } from "@/lib/core/folders/folder-path";
import { libraryHref } from "./tag-links";

/**
 * A folder's menu in the tree: move or rename it with everything in it, by typing its new path
 * (`agents/backend` → `services/backend`). Documents keep their addresses. When the folder being
 * viewed moves, the page follows it.
 */
export function FolderMenu({ path, current }: { path: string; current: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const move = useAction(moveFolderAction, {
    onSuccess: ({ from, to }) => {
      dialog.current?.close();
      if (current && isInsideFolder(current, from)) router.push(libraryHref({ query: "", archived: false, tags: [], folder: reparentFolder(current, from, to) }));
      else router.refresh();
    },
  });

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={`Move or rename folder ${path}`}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        className="rounded px-1 text-zinc-600 hover:bg-zinc-200"
      >
        ⋯
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          move.setError(null);
        }}
        className="m-auto w-[min(24rem,calc(100vw-1rem))] rounded-lg p-4 text-left text-zinc-900 shadow-xl backdrop:bg-zinc-900/30"
      >
        <h2 id={titleId} className="mb-2 text-base font-semibold">
          Move or rename “{path}”
        </h2>
        {open && (
          <form action={(form) => void move.run({ from: path, to: String(form.get("to") ?? "") })}>
            <label className="block text-sm font-medium">
              New path
              <input
                name="to"
                defaultValue={path}
                autoFocus
                list="library-folder-paths"
                autoComplete="off"
                className="mt-1 block w-full rounded-md border border-zinc-300 px-2 py-1 text-sm font-normal outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
              />
            </label>
            <span className="mt-1 block text-xs text-zinc-600">Names joined by “/”; empty moves its contents to the top level. Every document in it keeps its address.</span>
            {move.error && (
              <p role="alert" className="mt-1 text-xs text-red-700">
                {move.fieldErrors.to ?? move.fieldErrors.from ?? move.error}
              </p>
            )}
            <div className="mt-3 flex gap-3">
              <button type="submit" disabled={move.pending} className="rounded-md bg-zinc-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
                {move.pending ? "Moving…" : "Move folder"}
              </button>
              <button type="button" onClick={() => dialog.current?.close()} className="text-sm text-zinc-600 underline">
                Cancel
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
