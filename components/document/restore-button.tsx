"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAction } from "@/components/hooks/use-action";
import { liveDraftChangesAction, restoreVersionAction } from "@/app/d/[slug]/actions";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * Saves this old version's text as the newest version; nothing in the history changes. The
 * shared draft takes the restored text too, for everyone editing: when the draft holds changes
 * that are in no version, it asks first and names whose they are (the server keeps that draft in
 * Draft history either way).
 */
export function RestoreButton({ slug, version, myName }: { slug: string; version: number; myName: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState<string[] | null>(null);
  const restoreAction = useAction(restoreVersionAction, { onSuccess: () => router.push(`/d/${slug}`) });
  const changesAction = useAction(liveDraftChangesAction, {
    onSuccess: (changes) => (changes.differs ? setAsking(changes.editors) : restore()),
  });
  const pending = restoreAction.pending || changesAction.pending;
  const error = restoreAction.error ?? changesAction.error;

  const restore = () => {
    setAsking(null);
    void restoreAction.run({ slug, version });
  };
  const check = () => void changesAction.run(slug);

  const names = (asking ?? []).map((name) => (name === myName ? "you" : name));
  return (
    <>
      <button
        type="button"
        disabled={pending}
        title="Also replaces the shared draft, for everyone editing this document"
        onClick={check}
        className="rounded-md bg-zinc-900 px-3 py-1 text-sm font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
      >
        {pending ? "Restoring…" : `Restore v${version} as the newest version`}
      </button>
      {asking && (
        <div role="alertdialog" aria-label="Unsaved changes in the live draft" className="basis-full rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p data-testid="restore-question">
            {names.length > 0 ? `${sentenceStart(list.format(names))} ${names.length === 1 && names[0] !== "you" ? "has" : "have"}` : "Someone has"} unsaved
            changes in the live draft. Restoring v{version} replaces them for everyone; the draft is kept in Draft history, where anyone who can
            edit can bring it back.
          </p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={restore} className="rounded-md bg-amber-800 px-3 py-1 font-medium text-white hover:bg-amber-700">
              Restore anyway
            </button>
            <button type="button" onClick={() => setAsking(null)} className="rounded-md border border-amber-300 bg-white px-3 py-1">
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}

// "you and Ben" opens a sentence as "You and Ben"; other names stay as people wrote them.
const sentenceStart = (text: string) => (text.startsWith("you") ? `Y${text.slice(1)}` : text);
