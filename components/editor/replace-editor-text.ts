import { textSplice } from "@/lib/core/text/splice";
import type { CodeEditor } from "./monaco-editor";

/**
 * Puts new text (a merge that was saved) into the editor as one undoable edit of only the part
 * that differs, so cursors and anything bound to the model (the live draft) see a small change.
 */
export function replaceEditorText(editor: CodeEditor, text: string): void {
  const model = editor.getModel();
  const splice = model && textSplice(model.getValue(), text);
  if (!model || !splice) return;
  const from = model.getPositionAt(splice.index);
  const to = model.getPositionAt(splice.index + splice.remove);
  const range = { startLineNumber: from.lineNumber, startColumn: from.column, endLineNumber: to.lineNumber, endColumn: to.column };
  editor.pushUndoStop();
  editor.executeEdits("external", [{ range, text: splice.insert }]);
  editor.pushUndoStop();
}
