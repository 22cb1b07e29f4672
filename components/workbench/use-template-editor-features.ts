"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import type * as MonacoApi from "monaco-editor";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import type { ParsedTemplate } from "@/lib/core/template";
import type { VariableSchema } from "@/lib/core/variables/schema";

type Editor = { editor: CodeEditor; monaco: MonacoInstance } | null;

const NEARBY_LINES = 300;

/**
 * Template awareness in Monaco: tags coloured by dialect over the Markdown highlighting,
 * variable names completed after `{{`, and a variable's form settings on hover.
 */
export function useTemplateEditorFeatures(editor: Editor, parsed: ParsedTemplate, schema: VariableSchema) {
  // Completion and hover register once per editor; what they answer comes from the latest
  // parse and form through these Effect Events.
  const complete = useEffectEvent((monaco: MonacoInstance, target: MonacoApi.editor.ITextModel, position: MonacoApi.Position) => {
    const before = target.getLineContent(position.lineNumber).slice(0, position.column - 1);
    const go = parsed.dialect === "go";
    const match = /\{\{[#^/&>]?\s*\.?([\w.-]*)$/.exec(before);
    if (!match) return { suggestions: [] };
    const typed = match[1] ?? "";
    const range = new monaco.Range(position.lineNumber, position.column - typed.length, position.lineNumber, position.column);
    const names = [...new Set(parsed.variables.map((v) => v.name))];
    return {
      suggestions: names.map((name) => ({
        label: name,
        kind: monaco.languages.CompletionItemKind.Variable,
        insertText: go && !before.endsWith(".") && !/\{\{\s*\.[\w.-]*$/.test(before) ? `.${name}` : name,
        range,
        detail: schema.find((field) => field.name === name)?.type ?? "variable",
      })),
    };
  });
  const describe = useEffectEvent((target: MonacoApi.editor.ITextModel, position: MonacoApi.Position) => {
    const offset = target.getOffsetAt(position);
    const variable = parsed.variables.find((v) => v.occurrences.some((r) => r.start.offset <= offset && offset < r.end.offset));
    if (!variable) return null;
    const field = schema.find((f) => f.name === variable.name);
    const lines = [
      `**${variable.name}** — ${field?.type ?? variable.kind}${field?.required ? ", required" : ""}`,
      field?.description ?? "",
      `Used ${variable.occurrences.length} time${variable.occurrences.length === 1 ? "" : "s"}${variable.scope.length ? ` inside ${variable.scope.join(" › ")}` : ""}.`,
    ].filter(Boolean);
    return { contents: lines.map((value) => ({ value })) };
  });

  useEffect(() => {
    if (!editor) return;
    const { monaco } = editor;
    const model = editor.editor.getModel();
    const completion = monaco.languages.registerCompletionItemProvider("markdown", {
      triggerCharacters: ["{", "."],
      provideCompletionItems: (target: MonacoApi.editor.ITextModel, position: MonacoApi.Position) => (target === model ? complete(monaco, target, position) : { suggestions: [] }),
    });
    const hover = monaco.languages.registerHoverProvider("markdown", {
      provideHover: (target: MonacoApi.editor.ITextModel, position: MonacoApi.Position) => (target === model ? describe(target, position) : null),
    });
    return () => {
      completion.dispose();
      hover.dispose();
    };
  }, [editor]);

  // Colour the template tags near the viewport (a 2 MB document has tens of thousands); the
  // decorations follow edits and scrolling until the next parse replaces them.
  const decorations = useRef<string[]>([]);
  useEffect(() => {
    if (!editor) return;
    const className = parsed.dialect === "go" ? "dramatis-tag-go" : parsed.dialect === "jinja" ? "dramatis-tag-jinja" : "dramatis-tag-mustache";
    const ranges = parsed.variables.flatMap((v) => v.occurrences).concat(parsed.includes.map((i) => i.range));
    const paint = () => {
      const visible = editor.editor.getVisibleRanges();
      const first = (visible[0]?.startLineNumber ?? 1) - NEARBY_LINES;
      const last = (visible[visible.length - 1]?.endLineNumber ?? 1) + NEARBY_LINES;
      decorations.current = editor.editor.deltaDecorations(
        decorations.current,
        ranges
          .filter((r) => r.end.line >= first && r.start.line <= last)
          .map((r) => ({
            range: { startLineNumber: r.start.line, startColumn: r.start.column, endLineNumber: r.end.line, endColumn: r.end.column },
            options: { inlineClassName: className },
          })),
      );
    };
    paint();
    const scrolling = editor.editor.onDidScrollChange(paint);
    return () => scrolling.dispose();
  }, [editor, parsed]);
}
