"use client";

import type { DraftMeta } from "@/lib/core/collab/draft-doc";
import { draftStatusText } from "@/lib/core/collab/draft-status";

export function DraftStatus({ bound, meta, content, myName }: { bound: boolean; meta: DraftMeta; content: string; myName: string }) {
  const text = bound ? draftStatusText(meta, content, myName) : "Loading the shared draft…";
  // Narrow editors cut the line short; the whole of it is on hover.
  return (
    <span data-testid="draft-status" title={text} className="truncate text-xs text-zinc-500">
      {text}
    </span>
  );
}
