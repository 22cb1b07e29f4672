"use client";

import { useEffect, useState } from "react";
import { lookupDocumentsAction } from "@/app/palette/actions";
import type { DocumentLookupHit } from "@/lib/contracts/palette";
import { errorSentence, failureSentence } from "@/lib/core/messages/human-messages";

const DEBOUNCE_MS = 150;

export interface DocumentLookup {
  hits: DocumentLookupHit[];
  /** The query the hits answer, so a stale answer is never shown for newer text. */
  answered: string | null;
  error: string | null;
}

/**
 * Documents matching `query`, asked of the server once typing pauses. Answers that arrive after
 * the text changed again are dropped.
 */
export function useDocumentLookup(query: string, enabled: boolean): DocumentLookup {
  const [lookup, setLookup] = useState<DocumentLookup>({ hits: [], answered: null, error: null });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(async () => {
      const result = await lookupDocumentsAction(query).catch(() => null);
      if (!current) return;
      if (result?.ok) setLookup({ hits: result.data, answered: query, error: null });
      else setLookup({ hits: [], answered: query, error: result ? failureSentence(result) : errorSentence("network") });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, enabled]);
  return lookup;
}
