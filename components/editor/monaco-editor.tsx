"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useRef } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";
import { useLocalMonaco } from "./use-local-monaco";

export type MonacoInstance = Parameters<OnMount>[1];
export type CodeEditor = Parameters<OnMount>[0];

export interface MonacoEditorProps {
  value: string;
  /** The editor and Monaco itself, once mounted: for markers, decorations and navigation. */
  onReady?: (editor: CodeEditor, monaco: MonacoInstance) => void;
  onChange?: (value: string) => void;
  onSave?: () => void;
  readOnly?: boolean;
  language?: string;
  ariaLabel: string;
}

export default function MonacoEditor({
  value,
  onChange,
  onSave,
  readOnly = false,
  language = "markdown",
  ariaLabel,
  onReady,
}: MonacoEditorProps) {
  const { ready, failed } = useLocalMonaco();
  // Monaco keeps the command registered at mount; a ref lets it call the latest handler.
  const saveRef = useRef(onSave);
  useLayoutEffect(() => {
    saveRef.current = onSave;
  });

  // Monaco owns the text while the person types. Passing `value` back in on every change
  // would race the keystrokes (a stale value replaces the model and moves the cursor), so only
  // a value that did not come from this editor (a restored draft, say) is pushed into it.
  const editorRef = useRef<Parameters<OnMount>[0] | null>(null);
  const lastEmitted = useRef(value);
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || value === lastEmitted.current || value === editor.getValue()) return;
    lastEmitted.current = value;
    editor.pushUndoStop();
    editor.executeEdits("external", [{ range: editor.getModel()!.getFullModelRange(), text: value }]);
    editor.pushUndoStop();
  }, [value]);

  const onMount: OnMount = (editor, monaco) => {
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current?.());
    onReady?.(editor, monaco);
  };

  if (failed) return <p className="p-4 text-sm text-red-700">The editor could not be loaded. Reload the page.</p>;
  if (!ready) return <EditorPlaceholder />;
  return (
    <Editor
      defaultValue={value}
      language={language}
      onChange={(next) => {
        lastEmitted.current = next ?? "";
        onChange?.(next ?? "");
      }}
      onMount={onMount}
      loading={<EditorPlaceholder />}
      options={{
        readOnly,
        ariaLabel,
        wordWrap: "on",
        minimap: { enabled: false },
        fontSize: 13,
        lineNumbersMinChars: 4,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        renderWhitespace: "selection",
        unicodeHighlight: { ambiguousCharacters: false },
        // Chromium's EditContext input path drops and reorders characters under fast typing
        // (seen with scripted input); the classic textarea path does not.
        editContext: false,
      }}
    />
  );
}
