"use client";

import { DiffEditor, type DiffOnMount } from "@monaco-editor/react";
import { useRef } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";
import { useLocalMonaco } from "./use-local-monaco";

export interface MonacoDiffEditorProps {
  original: string;
  modified: string;
  sideBySide?: boolean;
  /** When set, the right side is editable and reported here on every change. */
  onModifiedChange?: (value: string) => void;
  ariaLabel: string;
}

export default function MonacoDiffEditor({ original, modified, sideBySide = true, onModifiedChange, ariaLabel }: MonacoDiffEditorProps) {
  const { ready, failed } = useLocalMonaco();
  const subscription = useRef<{ dispose: () => void } | null>(null);

  const onMount: DiffOnMount = (editor) => {
    // The diff editor's wordWrap reaches only the modified side; wrap both, or long lines on
    // the left run off screen while the right wraps.
    editor.getOriginalEditor().updateOptions({ wordWrap: "on" });
    const right = editor.getModifiedEditor();
    subscription.current?.dispose();
    subscription.current = right.onDidChangeModelContent(() => onModifiedChange?.(right.getValue()));
  };

  if (failed) return <p className="p-4 text-sm text-red-700">The editor could not be loaded. Reload the page.</p>;
  if (!ready) return <EditorPlaceholder />;
  return (
    <DiffEditor
      original={original}
      modified={modified}
      language="markdown"
      onMount={onMount}
      loading={<EditorPlaceholder />}
      options={{
        renderSideBySide: sideBySide,
        readOnly: !onModifiedChange,
        originalEditable: false,
        wordWrap: "on",
        diffWordWrap: "on",
        minimap: { enabled: false },
        fontSize: 13,
        automaticLayout: true,
        scrollBeyondLastLine: false,
        editContext: false,
        ariaLabel,
      }}
    />
  );
}
