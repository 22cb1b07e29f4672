"use client";

import type { CodeEditor } from "@/components/editor/monaco-editor";
import type { Diagnostic } from "@/lib/core/lints";

/** One click restores every garbled character, as an undoable edit in the editor. */
export function MojibakeBanner({ diagnostics, editor }: { diagnostics: Diagnostic[]; editor: CodeEditor | null }) {
  const first = diagnostics.find((d) => d.rule === "mojibake");
  const fix = first?.fix;
  if (!first || !fix) return null;
  return (
    <div role="status" className="flex items-center gap-3 border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm">
      <span className="flex-1">
        {fix.edits.length} place{fix.edits.length === 1 ? "" : "s"} look{fix.edits.length === 1 ? "s" : ""} like text decoded with the wrong
        encoding. First, line {first.range.start.line}: {first.message}
      </span>
      <button
        type="button"
        disabled={!editor}
        className="font-medium text-amber-900 underline"
        onClick={() => {
          if (!editor) return;
          editor.pushUndoStop();
          editor.executeEdits(
            "mojibake-fix",
            fix.edits.map((edit) => ({
              range: { startLineNumber: edit.range.start.line, startColumn: edit.range.start.column, endLineNumber: edit.range.end.line, endColumn: edit.range.end.column },
              text: edit.text,
            })),
          );
          editor.pushUndoStop();
        }}
      >
        {fix.title}
      </button>
    </div>
  );
}
