"use client";

import { useState } from "react";
import { LazyMonacoDiffEditor } from "@/components/editor/lazy-monaco-diff-editor";
import { CONFLICT_MARKERS } from "@/lib/core/versions/three-way-merge";
import type { PendingConflict } from "./use-versioned-save";

const hasMarkers = (text: string) =>
  text.split("\n").some((line) => line === CONFLICT_MARKERS.ours || line === CONFLICT_MARKERS.theirs);

/**
 * Overlapping changes, side by side: the version saved meanwhile on the left (read-only), the
 * merge with conflict markers on the right, editable. Saving the resolution creates the next
 * version on top of theirs.
 */
export function ConflictResolver({
  conflict,
  saving,
  onResolve,
  onCancel,
}: {
  conflict: PendingConflict;
  saving: boolean;
  onResolve: (resolved: string) => void;
  onCancel: () => void;
}) {
  const [resolved, setResolved] = useState(conflict.merged);
  const unresolved = hasMarkers(resolved);
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="conflict-resolver">
      <div className="flex flex-wrap items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-2 text-sm">
        <span className="flex-1">
          <strong>Version {conflict.head.number}</strong> by {conflict.head.authorName} changed the same lines. Their version
          is shown as the original; your edits are merged into the editable side with each overlap marked between
          <code>{"<<<<<<<"}</code> and <code>{">>>>>>>"}</code>. Edit it until it reads as it should.
        </span>
        <button type="button" onClick={onCancel} className="text-red-900 underline">
          Back to my text
        </button>
        <button
          type="button"
          disabled={saving || unresolved}
          title={unresolved ? "Remove the conflict markers first" : undefined}
          onClick={() => onResolve(resolved)}
          className="rounded-md bg-zinc-900 px-3 py-1 font-medium text-white hover:bg-zinc-700 disabled:opacity-50"
        >
          Save resolution
        </button>
      </div>
      <div className="min-h-0 flex-1 bg-white">
        <LazyMonacoDiffEditor
          original={conflict.head.content}
          modified={conflict.merged}
          onModifiedChange={setResolved}
          ariaLabel="Resolve conflicting changes"
        />
      </div>
    </div>
  );
}
