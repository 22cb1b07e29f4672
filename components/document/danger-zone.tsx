"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { deleteDocumentAction, setArchivedAction } from "@/app/d/[slug]/actions";

/** Archive (reversible) and delete (not), with an export offered before deleting. */
export function DangerZone({ slug, archived, canDelete }: { slug: string; archived: boolean; canDelete: boolean }) {
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  const archive = useAction(setArchivedAction, { onSuccess: () => router.refresh() });
  const remove = useAction(deleteDocumentAction, { onSuccess: () => router.push("/") });
  const pending = archive.pending || remove.pending;
  const error = archive.error ?? remove.error;

  return (
    <section className="mt-8 space-y-4 rounded-lg border border-red-200 bg-white p-5" aria-label="Archive or delete">
      <div className="flex items-center gap-3">
        <p className="flex-1 text-sm">
          {archived ? "This document is archived: it is hidden from the library." : "Archive to hide this document from the library. You can bring it back."}
        </p>
        <button
          type="button"
          disabled={pending}
          onClick={() => void archive.run(slug, !archived)}
          className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50"
        >
          {archived ? "Unarchive" : "Archive"}
        </button>
      </div>
      {!canDelete ? (
        <p className="border-t border-zinc-100 pt-4 text-sm text-zinc-600">Only owners of this workspace can delete documents.</p>
      ) : (
      <div className="border-t border-zinc-100 pt-4 text-sm">
        <p>
          Deleting removes the document, every version and its labels for good.{" "}
          <a href={`/d/${slug}/export`} download className="font-medium underline">
            Download an export first
          </a>
          .
        </p>
        <label className="mt-3 block">
          Type <code className="rounded bg-zinc-100 px-1">{slug}</code> to confirm
          <input
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            aria-label="Type the slug to confirm deletion"
            className="mt-1 block w-full rounded-md border border-zinc-300 px-3 py-1.5"
          />
        </label>
        <button
          type="button"
          disabled={pending || confirmation !== slug}
          onClick={() => void remove.run(slug)}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-600 disabled:opacity-40"
        >
          Delete document
        </button>
      </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </section>
  );
}
