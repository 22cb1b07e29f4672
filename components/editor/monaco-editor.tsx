"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { useLayoutEffect, useRef } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";
import { useLocalMonaco } from "./use-local-monaco";
import { useDarkMode } from "@/components/theme/use-dark-mode";
import { DARK_THEME, LIGHT_THEME, defineThemes } from "./monaco-themes";

import type { CodeEditor, MonacoInstance } from "./monaco-types";

export type { CodeEditor, MonacoInstance } from "./monaco-types";

export interface MonacoEditorProps {
  /**
   * The text the editor starts with. Monaco owns the text from then on: feeding each change back
   * in as a prop races the keystrokes (a render that lags behind would revert newer edits), so
   * other changes go through the editor instance (see replace-editor-text.ts).
   */
  defaultValue: string;
  /** The editor and Monaco itself, once mounted: for markers, decorations and navigation. */
  onReady?: (editor: CodeEditor, monaco: MonacoInstance) => void;
  onChange?: (value: string) => void;
  onSave?: () => void;
  readOnly?: boolean;
  language?: string;
  ariaLabel: string;
}

export default function MonacoEditor({
  defaultValue,
  onChange,
  onSave,
  readOnly = false,
  language = "markdown",
  ariaLabel,
  onReady,
}: MonacoEditorProps) {
  const { ready, failed } = useLocalMonaco();
  const dark = useDarkMode();
  // Monaco keeps the command registered at mount; a ref lets it call the latest handler.
  const saveRef = useRef(onSave);
  useLayoutEffect(() => {
    saveRef.current = onSave;
  });

  const onMount: OnMount = (editor, monaco) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current?.());
    onReady?.(editor, monaco);
  };

  if (failed) return <p className="p-4 text-sm text-red-700">The editor could not be loaded. Reload the page.</p>;
  if (!ready) return <EditorPlaceholder />;
  return (
    <Editor
      defaultValue={defaultValue}
      language={language}
      onChange={(next) => onChange?.(next ?? "")}
      onMount={onMount}
      beforeMount={defineThemes}
      theme={dark ? DARK_THEME : LIGHT_THEME}
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
