import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { drawPlainRemoteCarets } from "./plain-remote-carets";
import { syncPlainText, type PlainTextView, type TextSelection } from "@/lib/core/collab/plain-text-sync";

/** The plain editing surface: a text area and the element that scrolls it (with its line numbers). */
export interface PlainSurface {
  textarea: HTMLTextAreaElement;
  scroller: HTMLElement;
}

/** Where the person was in the plain surface, for the editor that takes over from it. */
export interface SurfaceState {
  selection: TextSelection;
  scrollTop: number;
  focused: boolean;
}

/** The awareness field where each participant publishes their selection (as the Monaco binding does). */
const SELECTION = "selection";

/**
 * Binds a `<textarea>` to the shared text while Monaco is still loading: what the person types
 * goes into the live draft as small changes, others' changes come back with the caret kept, and
 * Ctrl/Cmd+Z undoes only this person's edits (the undo manager is handed on to Monaco with the draft).
 */
export function bindTextArea({
  text,
  surface,
  origin,
  undo,
  awareness,
  onChange,
}: {
  text: Y.Text;
  surface: PlainSurface;
  origin: unknown;
  undo: Y.UndoManager;
  awareness: Awareness;
  onChange: (value: string) => void;
}) {
  const { textarea, scroller } = surface;
  const selection = (): TextSelection => ({ start: textarea.selectionStart, end: textarea.selectionEnd, backward: textarea.selectionDirection === "backward" });
  const view: PlainTextView = {
    value: () => textarea.value,
    selection,
    write(value, next) {
      // Writing the value may scroll to the caret; others' edits should not move the page.
      const top = scroller.scrollTop;
      textarea.value = value;
      textarea.setSelectionRange(next.start, next.end, next.backward ? "backward" : "forward");
      scroller.scrollTop = top;
      onChange(value);
    },
  };
  const sync = syncPlainText({ text, view, origin });

  const publishSelection = () => {
    const { start, end, backward } = selection();
    const [anchor, head] = backward ? [end, start] : [start, end];
    awareness.setLocalStateField(SELECTION, { anchor: Y.createRelativePositionFromTypeIndex(text, anchor), head: Y.createRelativePositionFromTypeIndex(text, head) });
  };
  const onInput = () => {
    sync.input();
    onChange(textarea.value);
    publishSelection();
  };
  const history = (redo: boolean) => {
    if (textarea.readOnly) return;
    if (redo) undo.redo();
    else undo.undo();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== "z" && key !== "y") return;
    // The browser's own undo would also take back what others typed (and knows nothing of it).
    event.preventDefault();
    history(key === "y" || event.shiftKey);
  };
  const onBeforeInput = (event: InputEvent) => {
    if (event.inputType !== "historyUndo" && event.inputType !== "historyRedo") return;
    event.preventDefault();
    history(event.inputType === "historyRedo");
  };
  textarea.addEventListener("input", onInput);
  textarea.addEventListener("keydown", onKeyDown);
  textarea.addEventListener("beforeinput", onBeforeInput);
  for (const type of ["keyup", "mouseup", "focus"] as const) textarea.addEventListener(type, publishSelection);
  onChange(textarea.value);
  const removeCarets = drawPlainRemoteCarets({ text, awareness, surface });

  return {
    surface,
    /** The selection, scroll and focus, for Monaco to take over with. */
    snapshot: (): SurfaceState => ({ selection: selection(), scrollTop: scroller.scrollTop, focused: document.activeElement === textarea }),
    destroy() {
      sync.destroy();
      removeCarets();
      textarea.removeEventListener("input", onInput);
      textarea.removeEventListener("keydown", onKeyDown);
      textarea.removeEventListener("beforeinput", onBeforeInput);
      for (const type of ["keyup", "mouseup", "focus"] as const) textarea.removeEventListener(type, publishSelection);
      // Nothing typed here from now on could reach the draft: refuse it rather than lose it.
      textarea.readOnly = true;
    },
  };
}
