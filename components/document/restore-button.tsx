"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreVersionAction } from "@/app/d/[slug]/actions";

/**
 * Saves this old version's text as the newest version; nothing in the history changes. The
 * shared draft takes the restored text too, for everyone editing (the tooltip says so).
 */
export function RestoreButton({ slug, version }: { slug: string; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        title="Also replaces the shared draft, for everyone editing this document"
        onClick={() =>
          startTransition(async () => {
            const result = await restoreVersionAction({ slug, version });
            if (result.ok) router.push(`/d/${slug}`);
            else setError(result.message);
          })
        }
        className="rounded-md bg-zinc-900 px-3 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
      >
        {pending ? "Restoring…" : `Restore v${version} as the newest version`}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
