"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/contracts/action-result";
import { errorSentence } from "@/lib/core/messages/human-messages";
import { saveVersionAction } from "@/app/d/[slug]/actions";
import { conflictDetailsSchema, type ConflictDetails } from "@/lib/contracts/conflict";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { threeWayMerge } from "@/lib/core/versions/three-way-merge";
import type { SaveStatus } from "./save-bar";

export interface PendingConflict {
  head: ConflictDetails["head"];
  /** The merge with conflict markers, for the person to resolve. */
  merged: string;
}

export interface Base {
  number: number;
  content: string;
}

interface SaveRequest {
  content: string;
  message: string;
  variables?: VariableSchema;
  /** Called with the text that became the new version (a merge, when one was needed). */
  onSaved: (saved: string) => void;
}

/** Clean merges retried in a row before giving up; each needs another save to have landed. */
const MAX_MERGES = 5;

/**
 * Saving with the version the edit started from. When someone else saved meanwhile (409),
 * the edit is merged three ways with theirs: a clean merge is saved at once; overlapping
 * changes come back as a conflict for the person to resolve. Nothing is overwritten.
 */
export function useVersionedSave(slug: string, initial: Base) {
  const router = useRouter();
  const [base, setBase] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const [saving, startSaving] = useTransition();
  // The shared draft names its base (someone else saved it, or a restore reset it).
  const adopt = useCallback((next: Base) => setBase((current) => (current.number === next.number && current.content === next.content ? current : next)), []);

  function submit(request: SaveRequest, from: Base) {
    startSaving(async () => {
      setStatus({ kind: "saving" });
      let content = request.content;
      let current = from;
      for (let merges = 0; merges <= MAX_MERGES; merges++) {
        const { message, variables } = request;
        const result = await saveVersionAction({ slug, content, message, variables, baseVersion: current.number }).catch(
          (): ActionResult<never> => ({ ok: false, code: "network", message: errorSentence("network") }),
        );
        if (result.ok) {
          setBase({ number: result.data.number, content });
          setConflict(null);
          request.onSaved(content);
          const { created, number } = result.data;
          setStatus(merges > 0 ? { kind: "merged", number } : created ? { kind: "saved", number } : { kind: "unchanged", number });
          router.refresh();
          return;
        }
        const details = result.code === "conflict" ? conflictDetailsSchema.safeParse(result.details) : null;
        if (!details?.success) {
          // A field the save bar holds (the message) says which; otherwise the server's sentence.
          const field = Object.values(result.fieldErrors ?? {})[0]?.[0];
          setStatus({ kind: "error", message: field ? `Not saved: ${field}` : result.message });
          return;
        }
        const { head } = details.data;
        const merge = threeWayMerge(current.content, content, head.content);
        if (!merge.clean) {
          setConflict({ head, merged: merge.text });
          setStatus({ kind: "error", message: `${result.message} Your changes overlap; resolve them to save.` });
          return;
        }
        current = { number: head.number, content: head.content };
        content = merge.text;
      }
      setStatus({ kind: "error", message: "The document keeps changing under you; save again in a moment." });
    });
  }

  return {
    base,
    adopt,
    status,
    saving,
    conflict,
    save: (request: SaveRequest) => submit(request, base),
    /** The person resolved the conflict: the text is now based on the version they merged with. */
    resolve: (request: SaveRequest) => {
      if (conflict) submit(request, { number: conflict.head.number, content: conflict.head.content });
    },
    cancelConflict: () => setConflict(null),
  };
}
