"use client";

import Editor, { type OnMount } from "@monaco-editor/react";
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";
import { EDITOR_FONT_FAMILY, EDITOR_FONT_SIZE, EDITOR_LINE_HEIGHT } from "./editor-metrics";
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
  /** Shown until Monaco has mounted (server-rendered text, say); a spinner line otherwise. */
  placeholder?: ReactNode;
  /** Keeps the placeholder over the mounted editor (it is still being handed the text it shows). */
  keepPlaceholder?: boolean;
  /** Whether to load Monaco now (the page may hold it back until a better moment). */
  load?: boolean;
}

export default function MonacoEditor({
  defaultValue,
  onChange,
  onSave,
  readOnly = false,
  language = "markdown",
  ariaLabel,
  onReady,
  placeholder = <EditorPlaceholder />,
  keepPlaceholder = false,
  load = true,
}: MonacoEditorProps) {
  const { ready, failed } = useLocalMonaco(load);
  const [mounted, setMounted] = useState(false);
  const cover = useRef<HTMLDivElement>(null);
  const dark = useDarkMode();
  // Monaco keeps the command registered at mount; a ref lets it call the latest handler.
  const saveRef = useRef(onSave);
  const keepRef = useRef(keepPlaceholder);
  useLayoutEffect(() => {
    saveRef.current = onSave;
    keepRef.current = keepPlaceholder;
  });

  const onMount: OnMount = (editor, monaco) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current?.());
    // Someone already reading the placeholder with the keyboard stays where they are (a
    // placeholder that is kept moves the focus itself when it hands over).
    if (!keepRef.current && cover.current?.contains(document.activeElement)) editor.focus();
    setMounted(true);
    onReady?.(editor, monaco);
  };

  if (failed) return <p className="p-4 text-sm text-red-700">The editor could not be loaded. Reload the page.</p>;
  return (
    <div className="relative h-full">
      {(!mounted || keepPlaceholder) && (
        <div ref={cover} className="absolute inset-0 z-10 flex flex-col">
          {placeholder}
        </div>
      )}
      {ready && (
        <Editor
          defaultValue={defaultValue}
          language={language}
          onChange={(next) => onChange?.(next ?? "")}
          onMount={onMount}
          beforeMount={defineThemes}
          theme={dark ? DARK_THEME : LIGHT_THEME}
          loading={null}
          options={{
            readOnly,
            ariaLabel,
            wordWrap: "on",
            minimap: { enabled: false },
            fontFamily: EDITOR_FONT_FAMILY,
            fontSize: EDITOR_FONT_SIZE,
            lineHeight: EDITOR_LINE_HEIGHT,
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
      )}
    </div>
  );
}
