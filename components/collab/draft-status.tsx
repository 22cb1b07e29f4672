"use client";

import type { DraftMeta } from "@/lib/core/collab/draft-doc";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** Whether the shared draft differs from the version it is based on, and who changed it. */
export function draftStatusText(meta: DraftMeta, content: string, myName: string): string {
  const { base, head, editors, savedBy } = meta;
  if (!base) return "";
  const names = editors.map((name) => (name === myName ? "you" : name));
  const parts =
    content === base.content
      ? [`Draft matches v${base.number}`, ...(savedBy ? [`saved by ${savedBy === myName ? "you" : savedBy}`] : [])]
      : [`Draft differs from v${base.number}`, ...(names.length > 0 ? [`changed by ${list.format(names)}`] : [])];
  if (head !== null && head > base.number) parts.push(`v${head} was saved elsewhere; saving merges it in`);
  return parts.join(" · ");
}

export function DraftStatus({ bound, meta, content, myName }: { bound: boolean; meta: DraftMeta; content: string; myName: string }) {
  return (
    <span data-testid="draft-status" className="truncate text-xs text-zinc-500">
      {bound ? draftStatusText(meta, content, myName) : "Loading the shared draft…"}
    </span>
  );
}
