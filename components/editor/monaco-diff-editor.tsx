"use client";

import { DiffEditor, type DiffOnMount } from "@monaco-editor/react";
import { useRef } from "react";
import { EditorPlaceholder } from "./monaco-editor-placeholder";
import { useLocalMonaco } from "./use-local-monaco";
import { useDarkMode } from "@/components/theme/use-dark-mode";
import { DARK_THEME, LIGHT_THEME, defineThemes } from "./monaco-themes";

export interface MonacoDiffEditorProps {
  original: string;
  modified: string;
  sideBySide?: boolean;
  /** When set, the right side is editable and reported here on every change. */
  onModifiedChange?: (value: string) => void;
  ariaLabel: string;
}

// Monaco's renderSideBySideInlineBreakpoint: narrower, it draws the diff inline whatever was asked.
const SIDE_BY_SIDE_MIN_WIDTH = 900;

export default function MonacoDiffEditor({ original, modified, sideBySide = true, onModifiedChange, ariaLabel }: MonacoDiffEditorProps) {
  const { ready, failed } = useLocalMonaco();
  const dark = useDarkMode();
  const subscription = useRef<{ dispose: () => void } | null>(null);

  const onMount: DiffOnMount = (editor, monaco) => {
    // The diff editor starts 0 px wide, so it first lays out inline and turns wrapping off for
    // the (hidden) old side with an override it never lifts when it goes side by side: long
    // lines on the left ran off screen while the right wrapped. The same re-layout resets both
    // sides' aria labels to nothing. Put both back whenever the layout changes.
    const left = editor.getOriginalEditor();
    const right = editor.getModifiedEditor();
    const repair = () => {
      if (left.getOption(monaco.editor.EditorOption.ariaLabel) !== `${ariaLabel}: old side`) left.updateOptions({ ariaLabel: `${ariaLabel}: old side` });
      if (right.getOption(monaco.editor.EditorOption.ariaLabel) !== `${ariaLabel}: new side`) right.updateOptions({ ariaLabel: `${ariaLabel}: new side` });
      // Inline (chosen, or forced below 900 px) the old side is hidden and must stay unwrapped.
      const shown = sideBySide && (left.getDomNode()?.offsetWidth ?? 0) > 0 && (editor.getContainerDomNode().offsetWidth >= SIDE_BY_SIDE_MIN_WIDTH);
      if (shown && left.getOption(monaco.editor.EditorOption.wordWrapOverride2) === "off") {
        left.updateOptions({ wordWrap: "on", wordWrapOverride1: "on", wordWrapOverride2: "inherit" });
      }
    };
    left.onDidLayoutChange(repair);
    right.onDidLayoutChange(repair);
    editor.onDidUpdateDiff(repair);
    repair();
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
      beforeMount={defineThemes}
      theme={dark ? DARK_THEME : LIGHT_THEME}
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
        // Each side is its own text area; screen readers name them apart.
        originalAriaLabel: `${ariaLabel}: old side`,
        modifiedAriaLabel: `${ariaLabel}: new side`,
      }}
    />
  );
}
