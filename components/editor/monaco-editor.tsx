"use client";

import Editor, { loader, type OnMount } from "@monaco-editor/react";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";

let monacoReady: Promise<void> | undefined;

/**
 * Points @monaco-editor/react at the Monaco installed with the app instead of its default CDN,
 * so the editor works with no network. Runs once, in the browser only.
 */
function loadLocalMonaco(): Promise<void> {
  monacoReady ??= (async () => {
    self.MonacoEnvironment = {
      // Markdown needs no language worker: the editor worker alone serves every model.
      getWorker: () =>
        new Worker(new URL("monaco-editor/editor/editor.worker.js", import.meta.url), { type: "module" }),
    };
    const monaco = await import("monaco-editor");
    loader.config({ monaco });
  })();
  return monacoReady;
}

export interface MonacoEditorProps {
  value: string;
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
}: MonacoEditorProps) {
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  // Monaco keeps the command registered at mount; a ref lets it call the latest handler.
  const saveRef = useRef(onSave);
  useLayoutEffect(() => {
    saveRef.current = onSave;
  });

  useEffect(() => {
    loadLocalMonaco().then(
      () => setReady(true),
      () => setFailed(true),
    );
  }, []);

  const onMount: OnMount = (editor, monaco) => {
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => saveRef.current?.());
  };

  if (failed) return <p className="p-4 text-sm text-red-700">The editor could not be loaded. Reload the page.</p>;
  if (!ready) return <EditorPlaceholder />;
  return (
    <Editor
      value={value}
      language={language}
      onChange={(next) => onChange?.(next ?? "")}
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
      }}
    />
  );
}
