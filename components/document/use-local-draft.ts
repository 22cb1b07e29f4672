"use client";

import { useEffect, useRef, useState } from "react";

export interface LocalDraft {
  content: string;
  baseNumber: number;
  savedAt: string;
}

const key = (slug: string) => `dramatis.draft.${slug}`;
// Browser storage holds a few megabytes and writing it blocks the page; drafts of documents
// larger than this rely on the unload warning instead.
const MAX_DRAFT_CHARS = 1_000_000;

function readDraft(slug: string): LocalDraft | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key(slug)) ?? "null");
    if (value && typeof value === "object" && "content" in value && typeof value.content === "string") {
      return value as LocalDraft;
    }
  } catch {
    // A corrupt entry is as good as none.
  }
  return null;
}

/**
 * Keeps unsaved edits in this browser so a crash, a closed tab or a failed save loses nothing.
 * Returns the draft found on load when it differs from the saved content, for the page to offer.
 */
export function useLocalDraft(slug: string, content: string, savedContent: string, baseNumber: number) {
  const [found, setFound] = useState<LocalDraft | null>(null);
  const initialSaved = useRef(savedContent);

  useEffect(() => {
    // Only on first load (later differences are this session's own edits), and only after
    // hydration, because the server cannot see this browser's storage.
    const draft = readDraft(slug);
    if (draft && draft.content !== initialSaved.current) setFound(draft);
  }, [slug]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (content.length > MAX_DRAFT_CHARS) return;
      if (content === savedContent) {
        if (!found) window.localStorage.removeItem(key(slug));
        return;
      }
      try {
        const draft: LocalDraft = { content, baseNumber, savedAt: new Date().toISOString() };
        window.localStorage.setItem(key(slug), JSON.stringify(draft));
      } catch {
        // Storage full (drafts of very large documents): the unload warning still protects them.
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [slug, content, savedContent, baseNumber, found]);

  return { found, dismiss: () => setFound(null) };
}
