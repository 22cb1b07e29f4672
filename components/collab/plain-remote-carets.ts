import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";

const SELECTION = "selection";
const LINE_HEIGHT_PX = 19;

/**
 * Draws the others' carets (with their names, coloured by presence-bar.tsx's style sheet, as in
 * Monaco) over the plain surface while Monaco loads. The numbered mirror under the text area
 * wraps exactly as the text does, so a caret's place is that of the same character in the
 * mirror. Returns a function that removes them.
 */
export function drawPlainRemoteCarets({ text, awareness, surface }: { text: Y.Text; awareness: Awareness; surface: { textarea: HTMLTextAreaElement } }): () => void {
  const grid = surface.textarea.parentElement;
  if (!grid) return () => {};
  const doc = text.doc!;
  const overlay = document.createElement("div");
  overlay.setAttribute("aria-hidden", "true");
  overlay.dataset.testid = "plain-remote-carets";
  overlay.style.cssText = "position:relative;pointer-events:none";
  grid.append(overlay);

  const headOffset = (state: Record<string, unknown>): number | null => {
    const selection = state[SELECTION] as { head?: Y.RelativePosition } | null | undefined;
    if (!selection?.head) return null;
    const absolute = Y.createAbsolutePositionFromRelativePosition(selection.head, doc);
    return absolute && absolute.type === text ? absolute.index : null;
  };

  const place = (offset: number): { left: number; top: number } | null => {
    const value = surface.textarea.value;
    const before = value.slice(0, offset);
    const line = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    const mirrored = grid.querySelectorAll<HTMLElement>(".plain-editor-mirror .source-line")[line];
    const node = mirrored?.firstChild;
    if (!mirrored || !node) return null;
    const range = document.createRange();
    range.setStart(node, Math.min(column, (node.textContent ?? "").length));
    range.collapse(true);
    const rect = range.getClientRects()[0] ?? mirrored.getBoundingClientRect();
    const origin = overlay.getBoundingClientRect();
    return { left: rect.left - origin.left, top: rect.top - origin.top };
  };

  let frame = 0;
  const render = () => {
    frame = 0;
    const carets: HTMLElement[] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === doc.clientID) return;
      const offset = headOffset(state);
      const at = offset === null ? null : place(offset);
      if (!at) return;
      const caret = document.createElement("span");
      caret.className = `remote-caret remote-caret-${clientId}`;
      caret.style.cssText = `position:absolute;left:${at.left}px;top:${at.top}px;height:${LINE_HEIGHT_PX}px`;
      carets.push(caret);
    });
    overlay.replaceChildren(...carets);
  };
  // After the browser has laid out the change (the mirror's numbers follow a render later).
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => requestAnimationFrame(render));
  };
  awareness.on("change", schedule);
  text.observe(schedule);
  const resized = new ResizeObserver(schedule);
  resized.observe(grid);
  // The numbered mirror follows the text a render later (deferred): place the carets again then.
  const mirrored = new MutationObserver((records) => {
    if (records.some((record) => !overlay.contains(record.target))) schedule();
  });
  mirrored.observe(grid, { childList: true, subtree: true, characterData: true });
  schedule();
  return () => {
    awareness.off("change", schedule);
    text.unobserve(schedule);
    resized.disconnect();
    mirrored.disconnect();
    if (frame) cancelAnimationFrame(frame);
    overlay.remove();
  };
}
