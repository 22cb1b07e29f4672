"use client";

import type { DraftMeta } from "@/lib/core/collab/draft-doc";
import { draftStatusText } from "@/lib/core/collab/draft-status";

export function DraftStatus({ bound, meta, content, myName }: { bound: boolean; meta: DraftMeta; content: string; myName: string }) {
  return (
    <span data-testid="draft-status" className="truncate text-xs text-zinc-500">
      {bound ? draftStatusText(meta, content, myName) : "Loading the shared draft…"}
    </span>
  );
}
