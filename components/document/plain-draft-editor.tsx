"use client";

import { useDeferredValue, useLayoutEffect, useMemo, useRef } from "react";
import type { PlainSurface } from "@/components/collab/textarea-binding";
import { useHydrated } from "@/components/workbench/use-hydrated";
import { SourceText } from "./source-text";

interface Props {
  /** The text the server rendered the page with. */
  startText: string;
  /** The text as it is now (the live draft once bound), for the line numbers. */
  text: string;
  /** Where the live draft binds the text area (see components/collab/draft-surfaces.ts). */
  onSurface: (surface: PlainSurface | null) => void;
}

// More than a tall screen shows; the rest arrives with the page's code a moment later.
const SERVER_LINES = 150;
export const PLAIN_EDITOR_LABEL = "Document source";

function firstLines(text: string, count: number): string {
  let at = -1;
  for (let line = 0; line < count; line++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return text;
  }
  return text.slice(0, at + 1);
}

/**
 * The document's text before Monaco has loaded. From the server (and with scripts off) it is
 * numbered plain text; once the page's code runs it becomes a text area over the same numbered
 * text, which the live draft makes editable as soon as it has arrived (read-only for viewers),
 * so typing never waits for Monaco. Same font, line height and wrapping width as Monaco: when
 * Monaco takes over, the text stays where it was.
 */
export function PlainDraftEditor({ startText, text, onSurface }: Props) {
  const hydrated = useHydrated();
  const scroller = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // The numbers may lag a keystroke behind; the text area itself never does. Rendered again
  // only when the text changed, and first for the lines the server showed: a long document's
  // thousands of numbered lines follow in a render that never holds up typing.
  const firstScreens = useMemo(() => firstLines(startText, SERVER_LINES), [startText]);
  const numbered = useDeferredValue(text, firstScreens);
  const mirror = useMemo(
    () => (
      <div aria-hidden="true" className="plain-editor-mirror">
        {/* A last line to number after a final line break, as the text area shows one. */}
        <SourceText content={/\n$|^$/.test(numbered) ? `${numbered} ` : numbered} />
      </div>
    ),
    [numbered],
  );

  useLayoutEffect(() => {
    if (!hydrated || !field.current || !scroller.current) return;
    onSurface({ textarea: field.current, scroller: scroller.current });
    return () => onSurface(null);
  }, [hydrated, onSurface]);

  if (!hydrated) {
    return (
      <SourceText content={startText} maxLines={SERVER_LINES} label="Document source (the editor is loading)" testId="editor-placeholder" className="source-text-editor min-h-0 flex-1 bg-white" />
    );
  }
  return (
    <div ref={scroller} className="plain-editor min-h-0 flex-1 overflow-auto bg-white">
      <div className="plain-editor-grid">
        {mirror}
        <textarea
          ref={field}
          data-testid="plain-editor"
          aria-label={PLAIN_EDITOR_LABEL}
          // Writable only once bound to the live draft (draft-surfaces.ts sets it), so nothing typed is lost.
          readOnly
          defaultValue={startText}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          className="plain-editor-field"
        />
      </div>
    </div>
  );
}

/**
 * Puts the caret of the plain surface at `line` (1-based) and `column`, scrolls that line to the
 * middle and focuses it, as Monaco's revealLineInCenter does once it is there. The numbered
 * mirror under the text area wraps exactly as the text does, so its line gives the height.
 * False when there is no plain surface on the page.
 */
export function revealPlainLine(line: number, column = 1): boolean {
  const field = document.querySelector<HTMLTextAreaElement>('[data-testid="editor"] textarea[data-testid="plain-editor"]');
  const scroller = field?.closest<HTMLElement>(".plain-editor");
  if (!field || !scroller) return false;
  const text = field.value;
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", at);
    if (next < 0) break;
    at = next + 1;
  }
  const lineEnd = text.indexOf("\n", at);
  const offset = Math.min(at + column - 1, lineEnd < 0 ? text.length : lineEnd);
  field.focus({ preventScroll: true });
  field.setSelectionRange(offset, offset);
  const mirrored = scroller.querySelectorAll<HTMLElement>(".plain-editor-mirror .source-line")[line - 1];
  if (mirrored) {
    const top = mirrored.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 2);
  }
  return true;
}
