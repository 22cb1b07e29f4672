"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { updateDocumentAction } from "@/app/d/[slug]/actions";
import { useAction } from "@/components/hooks/use-action";
import { MoveToFolderForm } from "./move-to-folder-form";

/**
 * A library row's menu, for people who may edit: "Move to…" a folder, the document's tags (comma-separated, as in its
 * settings) and a link to the rest of its settings. A modal dialog, so the table's scrolling
 * region does not clip it; Escape closes it and focus returns to the button.
 */
export function DocumentRowMenu({ slug, title, tags, folder }: { slug: string; title: string; tags: string[]; folder: string }) {
  const router = useRouter();
  // Mounted while open only, so the form starts from the current tags each time.
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const update = useAction(updateDocumentAction, {
    onSuccess: () => {
      dialog.current?.close();
      router.refresh();
    },
  });

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        // Not named after the title, which could be anything ("Import notes"): described by it instead.
        aria-label="Move, tags and settings"
        aria-describedby={`${titleId}-row`}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        className="rounded px-2 py-0.5 text-zinc-600 hover:bg-zinc-100"
      >
        ⋯
      </button>
      <span id={`${titleId}-row`} className="sr-only">
        {title}
      </span>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          update.setError(null);
        }}
        className="m-auto w-[min(22rem,calc(100vw-1rem))] rounded-lg p-4 text-left text-zinc-900 shadow-xl backdrop:bg-zinc-900/30"
      >
        <h2 id={titleId} className="mb-2 truncate text-base font-semibold">
          {title}
        </h2>
        {open && <MoveToFolderForm slug={slug} folder={folder} onMoved={() => dialog.current?.close()} />}
        {open && (
          <form
            action={(form) =>
              void update.run({ slug, tags: String(form.get("tags") ?? "").split(",").map((tag) => tag.trim()).filter(Boolean) })
            }
          >
            <label className="block text-sm font-medium">
              Tags
              <input
                name="tags"
                defaultValue={tags.join(", ")}
                placeholder="support, production"
                className="mt-1 block w-full rounded-md border border-zinc-300 px-2 py-1 text-sm font-normal outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200"
              />
            </label>
            <span className="mt-1 block text-xs text-zinc-600">Separate tags with commas.</span>
            {update.error && (
              <p role="alert" className="mt-1 text-xs text-red-700">
                {update.error}
              </p>
            )}
            <div className="mt-2 flex items-center gap-3">
              <button type="submit" disabled={update.pending} className="rounded-md bg-zinc-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50">
                {update.pending ? "Saving…" : "Save tags"}
              </button>
              <Link href={`/d/${slug}/settings`} className="text-sm text-zinc-600 underline">
                All settings
              </Link>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
