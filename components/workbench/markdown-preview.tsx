"use client";

import { useMemo } from "react";
import { renderMarkdownSafely } from "@/lib/core/text/markdown";
import { MAX_PREVIEW_CHARS } from "./preview-limits";
import { useRemoteImagesAllowed } from "./remote-images";

/** The rendered prompt as Markdown: raw HTML, event handlers and `javascript:` links stay inert. */
export function MarkdownPreview({ text }: { text: string }) {
  const allowRemoteImages = useRemoteImagesAllowed();
  const html = useMemo(() => renderMarkdownSafely(text.slice(0, MAX_PREVIEW_CHARS), { allowRemoteImages }), [text, allowRemoteImages]);
  return <div data-testid="preview-markdown" tabIndex={0} role="region" aria-label="Rendered prompt as Markdown" className="prose-preview min-h-0 flex-1 overflow-auto p-3 text-sm" dangerouslySetInnerHTML={{ __html: html }} />;
}
