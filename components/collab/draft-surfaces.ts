import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-types";
import { bindMonacoToText } from "./monaco-text-binding";
import { bindTextArea, type PlainSurface, type SurfaceState } from "./textarea-binding";

/** Which surface edits the draft: the plain text area while Monaco loads, then Monaco. */
export type SurfaceKind = "plain" | "monaco";

/**
 * The one place that decides which surface is bound to the shared text. The plain surface takes
 * typing from the moment the draft has arrived; when Monaco is ready it takes over in one
 * synchronous step (no keystroke can fall between the two): the plain surface is unbound with
 * every keystroke it took already in the draft, Monaco is bound to the same text, and the
 * selection, scroll position and focus move across. Both share one origin and one undo history.
 */
export function createDraftSurfaces({
  text,
  awareness,
  onChange,
  onSurface,
}: {
  text: Y.Text;
  awareness: Awareness;
  onChange: (value: string) => void;
  onSurface: (surface: SurfaceKind | null) => void;
}) {
  const origin = {};
  const undo = new Y.UndoManager(text, { trackedOrigins: new Set([origin]), captureTimeout: 500 });
  let plain: ReturnType<typeof bindTextArea> | null = null;
  let monaco: { binding: ReturnType<typeof bindMonacoToText>; editor: CodeEditor } | null = null;
  let readOnly = false;

  return {
    /** The origin of this page's own edits to the shared text. */
    origin,
    attachPlain(surface: PlainSurface) {
      if (monaco || plain?.surface === surface) return;
      plain?.destroy();
      surface.textarea.readOnly = readOnly;
      plain = bindTextArea({ text, surface, origin, undo, awareness, onChange });
      onSurface("plain");
    },
    detachPlain(surface: PlainSurface) {
      if (plain?.surface !== surface) return;
      plain.destroy();
      plain = null;
      if (!monaco) onSurface(null);
    },
    attachMonaco(editor: CodeEditor, instance: MonacoInstance) {
      const handed = plain?.snapshot() ?? null;
      plain?.destroy();
      plain = null;
      monaco?.binding.destroy();
      const binding = bindMonacoToText({ text, editor, monaco: instance, awareness, origin, undo });
      monaco = { binding, editor };
      // Set here, not on the next render: the next keystroke may come before it.
      editor.updateOptions({ readOnly });
      if (handed) takeOver(editor, handed);
      onSurface("monaco");
    },
    detachMonaco(editor: CodeEditor) {
      if (monaco?.editor !== editor) return;
      monaco.binding.destroy();
      monaco = null;
      onSurface(null);
    },
    /** The server made this connection read-only (or writable again): every surface follows at once. */
    setReadOnly(value: boolean) {
      readOnly = value;
      if (plain) plain.surface.textarea.readOnly = value;
      monaco?.editor.updateOptions({ readOnly: value });
    },
    destroy() {
      plain?.destroy();
      monaco?.binding.destroy();
      plain = monaco = null;
      undo.destroy();
    },
  };
}

export type DraftSurfaces = ReturnType<typeof createDraftSurfaces>;

/** Puts Monaco's selection, scroll and focus where the person was in the plain surface. */
function takeOver(editor: CodeEditor, { selection, scrollTop, focused }: SurfaceState) {
  const model = editor.getModel();
  if (!model) return;
  const start = model.getPositionAt(selection.start);
  const end = model.getPositionAt(selection.end);
  const [anchor, head] = selection.backward ? [end, start] : [start, end];
  editor.setSelection({ selectionStartLineNumber: anchor.lineNumber, selectionStartColumn: anchor.column, positionLineNumber: head.lineNumber, positionColumn: head.column });
  if (focused) editor.focus();
  // Same font, line height and wrapping width: the same pixels show the same lines.
  editor.setScrollTop(scrollTop);
  // Unless Monaco has not laid itself out yet (a busy page), when the scroll is cut short at
  // what it could measure: then the caret, which the person was looking at, is brought back
  // into view once it has.
  const keepCaretInView = () => editor.revealPositionInCenterIfOutsideViewport(head);
  keepCaretInView();
  const layout = editor.onDidLayoutChange(() => {
    layout.dispose();
    if (editor.getScrollTop() !== scrollTop) keepCaretInView();
  });
  setTimeout(() => layout.dispose(), 2000);
}
