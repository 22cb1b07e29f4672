import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";

/** The awareness field where each participant publishes their selection (Yjs relative positions). */
const SELECTION = "selection";

interface RelativeSelection {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

/**
 * Keeps a Monaco editor and a shared Y.Text identical, both ways, and shows the other
 * participants' selections. Adapted from y-monaco (MIT) to take the Monaco instance the app
 * already loaded (no second import of Monaco) and to give each person an undo history of
 * only their own edits: Monaco's undo would also revert what others typed meanwhile. `origin`
 * and `undo` are the page's, shared with the plain surface Monaco takes over from, so what was
 * typed before Monaco arrived can be undone in it.
 */
export function bindMonacoToText({ text, editor, monaco, awareness, origin, undo }: { text: Y.Text; editor: CodeEditor; monaco: MonacoInstance; awareness: Awareness; origin: object; undo: Y.UndoManager }) {
  const doc = text.doc!;
  const model = editor.getModel()!;
  const binding = origin;
  let applyingRemote = false;
  let savedSelection: RelativeSelection | null = null;

  const toRelative = (offset: number) => Y.createRelativePositionFromTypeIndex(text, offset);
  const toOffset = (position: Y.RelativePosition) => {
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    return absolute && absolute.type === text ? absolute.index : null;
  };
  const currentSelection = (): RelativeSelection | null => {
    const selection = editor.getSelection();
    if (!selection) return null;
    const anchor = model.getOffsetAt(selection.getSelectionStart());
    const head = model.getOffsetAt(selection.getPosition());
    const reversed = selection.getDirection() === monaco.SelectionDirection.RTL;
    return { anchor: toRelative(reversed ? head : anchor), head: toRelative(reversed ? anchor : head) };
  };

  // Remote changes: applied to the model as edits, keeping this person's selection in place.
  const beforeTransaction = () => {
    savedSelection = currentSelection();
  };
  const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === binding) return;
    applyingRemote = true;
    try {
      let index = 0;
      for (const op of event.delta) {
        if (op.retain !== undefined) index += op.retain;
        else if (typeof op.insert === "string") {
          const at = model.getPositionAt(index);
          model.applyEdits([{ range: new monaco.Range(at.lineNumber, at.column, at.lineNumber, at.column), text: op.insert }]);
          index += op.insert.length;
        } else if (op.delete !== undefined) {
          const from = model.getPositionAt(index);
          const to = model.getPositionAt(index + op.delete);
          model.applyEdits([{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: "" }]);
        }
      }
      const anchor = savedSelection && toOffset(savedSelection.anchor);
      const head = savedSelection && toOffset(savedSelection.head);
      if (anchor != null && head != null) {
        const a = model.getPositionAt(anchor);
        const h = model.getPositionAt(head);
        const selection = new monaco.Selection(a.lineNumber, a.column, h.lineNumber, h.column);
        // Usually Monaco already moved it right; setting it anyway would disturb typing under way.
        if (!editor.getSelection()?.equalsSelection(selection)) editor.setSelection(selection);
      }
    } finally {
      applyingRemote = false;
    }
    renderRemoteSelections();
  };

  // Local changes: sent as one transaction, right to left so offsets stay valid.
  const onLocalChange = model.onDidChangeContent((event) => {
    if (applyingRemote) return;
    doc.transact(() => {
      for (const change of [...event.changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
        if (change.rangeLength > 0) text.delete(change.rangeOffset, change.rangeLength);
        if (change.text) text.insert(change.rangeOffset, change.text);
      }
    }, binding);
  });

  const onCursor = editor.onDidChangeCursorSelection(() => awareness.setLocalStateField(SELECTION, currentSelection()));

  const decorations = editor.createDecorationsCollection();
  function renderRemoteSelections() {
    const ranges: Array<Parameters<typeof decorations.set>[0][number]> = [];
    awareness.getStates().forEach((state, clientId) => {
      const selection = state[SELECTION] as RelativeSelection | null | undefined;
      if (clientId === doc.clientID || !selection?.anchor || !selection.head) return;
      const anchor = toOffset(selection.anchor);
      const head = toOffset(selection.head);
      if (anchor === null || head === null) return;
      const start = model.getPositionAt(Math.min(anchor, head));
      const end = model.getPositionAt(Math.max(anchor, head));
      const caret = `remote-caret remote-caret-${clientId}`;
      ranges.push({
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        options: {
          className: `remote-selection remote-selection-${clientId}`,
          // The caret (with the person's name) sits where their cursor is, at either end.
          afterContentClassName: head >= anchor ? caret : null,
          beforeContentClassName: head < anchor ? caret : null,
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
        },
      });
    });
    decorations.set(ranges);
  }

  // Start from the shared text (the page may have rendered an older copy).
  if (model.getValue() !== text.toString()) {
    applyingRemote = true;
    model.setValue(text.toString());
    applyingRemote = false;
  }
  doc.on("beforeAllTransactions", beforeTransaction);
  text.observe(observer);
  awareness.on("change", renderRemoteSelections);
  renderRemoteSelections();

  const undoManager = undo;
  const keys = monaco.KeyMod.CtrlCmd;
  const actions = [
    editor.addAction({ id: "dramatis.undo-own", label: "Undo my last edit", keybindings: [keys | monaco.KeyCode.KeyZ], run: () => void undoManager.undo() }),
    editor.addAction({
      id: "dramatis.redo-own",
      label: "Redo my last edit",
      keybindings: [keys | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, keys | monaco.KeyCode.KeyY],
      run: () => void undoManager.redo(),
    }),
  ];

  return {
    /** The origin of this editor's own transactions on the shared document. */
    origin: binding,
    destroy() {
      onLocalChange.dispose();
      onCursor.dispose();
      for (const action of actions) action.dispose();
      doc.off("beforeAllTransactions", beforeTransaction);
      text.unobserve(observer);
      awareness.off("change", renderRemoteSelections);
      awareness.setLocalStateField(SELECTION, null);
      decorations.clear();
    },
  };
}
