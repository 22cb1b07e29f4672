"use client";

import { useEffect, useState } from "react";
import { lookupDocumentsAction, lookupFoldersAction } from "@/app/palette/actions";
import type { DocumentLookupHit } from "@/lib/contracts/palette";
import { errorSentence, failureSentence } from "@/lib/core/messages/human-messages";

const DEBOUNCE_MS = 150;

export interface DocumentLookup {
  hits: DocumentLookupHit[];
  /** Folders of the library's workspace matching the query. */
  folders: { path: string; total: number }[];
  /** The query the hits answer, so a stale answer is never shown for newer text. */
  answered: string | null;
  error: string | null;
}

/**
 * Documents (and the library's folders) matching `query`, asked of the server once typing pauses. Answers that arrive after
 * the text changed again are dropped.
 */
export function useDocumentLookup(query: string, enabled: boolean): DocumentLookup {
  const [lookup, setLookup] = useState<DocumentLookup>({ hits: [], folders: [], answered: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(async () => {
      const [result, folders] = await Promise.all([lookupDocumentsAction(query).catch(() => null), lookupFoldersAction(query).catch(() => null)]);
      if (!current) return;
      // Folders are a bonus: a person in no workspace yet still finds documents shared with them.
      const folderHits = folders?.ok ? folders.data : [];
      if (result?.ok) setLookup({ hits: result.data, folders: folderHits, answered: query, error: null });
      else setLookup({ hits: [], folders: [], answered: query, error: result ? failureSentence(result) : errorSentence("network") });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, enabled]);
  return lookup;
}
