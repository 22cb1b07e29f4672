"use client";

import { useEffect } from "react";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import type { Diagnostic } from "@/lib/core/lints";

/** Shows lint results as squiggles with their messages in Monaco. */
export function useEditorDiagnostics(editor: { editor: CodeEditor; monaco: MonacoInstance } | null, diagnostics: Diagnostic[]) {
  useEffect(() => {
    if (!editor) return;
    const model = editor.editor.getModel();
    if (!model) return;
    const { MarkerSeverity } = editor.monaco;
    const severity = { error: MarkerSeverity.Error, warning: MarkerSeverity.Warning, info: MarkerSeverity.Info } as const;
    editor.monaco.editor.setModelMarkers(
      model,
      "dramatis",
      diagnostics.map((d) => ({
        startLineNumber: d.range.start.line,
        startColumn: d.range.start.column,
        endLineNumber: d.range.end.line,
        endColumn: Math.max(d.range.end.column, d.range.start.column + 1),
        message: d.message,
        severity: severity[d.severity],
        source: d.rule,
      })),
    );
  }, [editor, diagnostics]);
}
