import * as Y from "yjs";
import { textSplice, type Splice } from "../text/splice";

/** A selection in a plain text field, in UTF-16 offsets; `backward` when the caret is at `start`. */
export interface TextSelection {
  start: number;
  end: number;
  backward: boolean;
}

/** What a plain text field (a `<textarea>`) shows; the sync reads it after each input and writes remote changes to it. */
export interface PlainTextView {
  value(): string;
  selection(): TextSelection;
  write(value: string, selection: TextSelection): void;
}

/**
 * The splice that turned `before` into `after`, placed where the caret says the person typed.
 * Comparing the texts alone cannot tell which of two equal neighbours was typed or deleted
 * ("aa" → "aaa"); in a shared text it matters, because someone else's edit between them, or
 * their cursor, must stay on the right side. So an insertion ends at the caret and a deletion
 * starts at it whenever the texts allow.
 */
export function spliceAtCaret(before: string, after: string, caret?: number): Splice | null {
  const splice = textSplice(before, after);
  if (!splice || caret === undefined || (splice.remove > 0 && splice.insert.length > 0)) return splice;
  const target = caret - splice.insert.length;
  if (target >= splice.index || target < 0) return splice;
  // Slide the change left one unit at a time while the text allows it: the unit leaving the
  // common start must equal the last unit of what was inserted (or removed).
  const changed = splice.insert.length > 0 ? splice.insert : before.slice(splice.index, splice.index + splice.remove);
  let index = splice.index;
  let moved = changed;
  while (index > target) {
    const leaving = before[index - 1]!;
    if (leaving !== moved[moved.length - 1]) return splice;
    moved = leaving + moved.slice(0, -1);
    index--;
  }
  return splice.insert.length > 0 ? { index, remove: 0, insert: moved } : { index, remove: splice.remove, insert: "" };
}

/** Applies a splice to the shared text as one transaction (delete first, then insert, at one place). */
export function applySplice(text: Y.Text, splice: Splice, origin: unknown): void {
  text.doc!.transact(() => {
    if (splice.remove > 0) text.delete(splice.index, splice.remove);
    if (splice.insert) text.insert(splice.index, splice.insert);
  }, origin);
}

/**
 * Keeps a plain text field and a shared Y.Text identical, both ways. The person's edits go in as
 * the smallest change (so a concurrent edit elsewhere in the document is untouched); changes
 * from others are written to the field with the person's selection carried along by Yjs
 * relative positions, so it stays on the same characters whatever was inserted or deleted before it.
 */
export function syncPlainText({ text, view, origin }: { text: Y.Text; view: PlainTextView; origin: unknown }) {
  const doc = text.doc!;
  // What the field showed after the last sync: the base every local edit is compared with.
  let shown = text.toString();
  let held: { start: Y.RelativePosition; end: Y.RelativePosition } | null = null;

  const toRelative = (offset: number) => Y.createRelativePositionFromTypeIndex(text, offset);
  const toOffset = (position: Y.RelativePosition, fallback: number) => {
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    return absolute && absolute.type === text ? absolute.index : Math.min(fallback, text.length);
  };
  const hold = () => {
    const selection = view.selection();
    held = { start: toRelative(selection.start), end: toRelative(selection.end) };
  };
  const show = (fallback: TextSelection) => {
    shown = text.toString();
    const start = held ? toOffset(held.start, fallback.start) : Math.min(fallback.start, shown.length);
    const end = held ? toOffset(held.end, fallback.end) : Math.min(fallback.end, shown.length);
    view.write(shown, { start: Math.min(start, end), end: Math.max(start, end), backward: fallback.backward });
  };

  const value = view.value();
  const selection = view.selection();
  if (value !== shown) {
    // The field started from the page's copy: carry the selection over the change to the shared text.
    const splice = textSplice(value, shown);
    const move = (offset: number) => (splice && offset > splice.index ? Math.max(splice.index, offset + splice.insert.length - splice.remove) : offset);
    view.write(shown, { start: move(selection.start), end: move(selection.end), backward: selection.backward });
  }

  const beforeTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin !== origin) hold();
  };
  const observer = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    show(view.selection());
    held = null;
  };
  doc.on("beforeTransaction", beforeTransaction);
  text.observe(observer);

  return {
    /** The field changed (an `input` event): sends the change to the shared text. */
    input() {
      const value = view.value();
      const splice = spliceAtCaret(shown, value, view.selection().end);
      shown = value;
      if (splice) applySplice(text, splice, origin);
    },
    destroy() {
      doc.off("beforeTransaction", beforeTransaction);
      text.unobserve(observer);
    },
  };
}
