"use client";

import { formatRelativeTime } from "@/lib/core/text/format";
import type { LocalDraft } from "./use-local-draft";

export function DraftBanner({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: LocalDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <div role="status" className="flex items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm">
      <span className="flex-1">
        You have unsaved edits from {formatRelativeTime(new Date(draft.savedAt))} (based on v{draft.baseNumber}).
      </span>
      <button type="button" onClick={onRestore} className="font-medium text-amber-900 underline">
        Restore them
      </button>
      <button type="button" onClick={onDiscard} className="text-amber-900">
        Dismiss
      </button>
    </div>
  );
}
