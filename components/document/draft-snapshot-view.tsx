"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { useAction } from "@/components/hooks/use-action";
import { restoreDraftSnapshotAction } from "@/app/d/[slug]/actions";

interface Props {
  slug: string;
  id: string;
  versions: number[];
  /** "draft" or a version number. */
  against: string;
  formNote: string;
  canRestore: boolean;
  /** The comparison itself, rendered on the server. */
  children: ReactNode;
}

/** A kept draft next to what it is compared with (picked in the URL), and the way to bring it back. */
export function DraftSnapshotView({ slug, id, versions, against, formNote, canRestore, children }: Props) {
  const router = useRouter();
  const restoreAction = useAction(restoreDraftSnapshotAction, { onSuccess: () => router.push(`/d/${slug}`) });
  const { pending, error } = restoreAction;
  const restore = () => void restoreAction.run({ slug, id });
  return (
    <>
      <div className="flex flex-wrap items-center gap-4 border-b border-zinc-200 bg-white px-4 py-2 text-sm">
        <label className="flex items-center gap-1.5">
          Compare with
          <select
            value={against}
            onChange={(e) => router.push(`/d/${slug}/drafts/${id}${e.target.value === "draft" ? "" : `?with=${e.target.value}`}`)}
            className="rounded-md border border-zinc-300 bg-white px-1.5 py-0.5"
          >
            <option value="draft">the current draft</option>
            {versions.map((n) => (
              <option key={n} value={String(n)}>
                v{n}
              </option>
            ))}
          </select>
        </label>
        <span className="text-xs text-zinc-500" data-testid="form-note">
          {formNote}
        </span>
        <span className="flex-1" />
        {canRestore && (
          <button
            type="button"
            disabled={pending}
            onClick={restore}
            title="Puts this text and form into the live draft for everyone; the draft it replaces is kept here first"
            className="rounded-md bg-zinc-900 px-3 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
          >
            {pending ? "Restoring…" : "Restore this draft"}
          </button>
        )}
        {error && (
          <span role="alert" className="text-sm text-red-700">
            {error}
          </span>
        )}
      </div>
      {children}
    </>
  );
}
