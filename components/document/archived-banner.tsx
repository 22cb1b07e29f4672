"use client";

import { useRouter } from "next/navigation";
import { setArchivedAction } from "@/app/d/[slug]/actions";
import { useAction } from "@/components/hooks/use-action";

/** On an archived document: says so, and lets those who may edit bring it back. */
export function ArchivedBanner({ slug, canUnarchive }: { slug: string; canUnarchive: boolean }) {
  const router = useRouter();
  const unarchive = useAction(setArchivedAction, { onSuccess: () => router.refresh() });
  return (
    <div role="status" data-testid="archived-banner" className="flex flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">
      <p className="flex-1">
        <strong className="font-semibold">Archived.</strong> This document is hidden from the library and read-only
        {canUnarchive ? ": unarchive it to edit, save or move labels." : "; an editor or owner can unarchive it."}
      </p>
      {canUnarchive && (
        <button
          type="button"
          disabled={unarchive.pending}
          onClick={() => void unarchive.run(slug, false)}
          className="rounded-md border border-amber-400 bg-white px-3 py-1 font-medium hover:bg-amber-100 disabled:opacity-50"
        >
          {unarchive.pending ? "Unarchiving…" : "Unarchive"}
        </button>
      )}
      {unarchive.error && (
        <span role="alert" className="basis-full text-red-700">
          {unarchive.error}
        </span>
      )}
    </div>
  );
}
