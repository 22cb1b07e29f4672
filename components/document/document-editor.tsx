"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { LazyMonacoEditor } from "@/components/editor/lazy-monaco-editor";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { ConflictResolver } from "./conflict-resolver";
import { DraftBanner } from "./draft-banner";
import { SaveBar } from "./save-bar";
import { useLeaveGuard } from "./use-leave-guard";
import { useLocalDraft } from "./use-local-draft";
import { useVersionedSave } from "./use-versioned-save";

interface Props {
  slug: string;
  headNumber: number;
  initialContent: string;
  /** The text, owned by the workbench so the outline and preview follow every keystroke. */
  content: string;
  setContent: (content: string) => void;
  /** The variable form to save with the next version. */
  variables: VariableSchema;
  onEditorReady?: (editor: CodeEditor, monaco: MonacoInstance) => void;
  /** For viewers: the source without a save bar; the server refuses their saves anyway. */
  readOnly?: boolean;
}

/** The editable current version: Monaco, a save bar (button and Ctrl/Cmd+S), and draft safety. */
export function DocumentEditor({ slug, headNumber, initialContent, content, setContent, variables, onEditorReady, readOnly = false }: Props) {
  const [message, setMessage] = useState("");
  const versioned = useVersionedSave(slug, { number: headNumber, content: initialContent });
  const savedContent = versioned.base.content;
  const dirty = content !== savedContent;
  const draft = useLocalDraft(slug, content, savedContent, versioned.base.number);
  useLeaveGuard(dirty);

  const onSaved = useCallback(
    (text: string) => {
      setContent(text);
      setMessage("");
    },
    [setContent],
  );

  // Read through a ref so the Ctrl/Cmd+S handlers always save the latest text.
  const latest = useRef({ content, message, versioned, variables });
  useLayoutEffect(() => {
    latest.current = { content, message, versioned, variables };
  });
  const save = useCallback(() => {
    const { content: text, message: note, versioned: saver, variables: form } = latest.current;
    if (readOnly || saver.saving || saver.conflict) return;
    saver.save({ content: text, message: note, variables: form, onSaved });
  }, [onSaved, readOnly]);

  // Ctrl/Cmd+S outside Monaco (Monaco registers its own command for when it has focus).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [save]);

  return (
    <section className="flex min-w-0 flex-1 flex-col" aria-label="Editor">
      {draft.found && (
        <DraftBanner
          draft={draft.found}
          onRestore={() => {
            setContent(draft.found?.content ?? content);
            draft.dismiss();
          }}
          onDiscard={draft.dismiss}
        />
      )}
      {readOnly ? (
        <p role="note" data-testid="read-only-note" className="border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-xs text-zinc-600">
          You can read this document, fill its variables and save presets. Editing needs the editor role.
        </p>
      ) : (
      <SaveBar
        dirty={dirty}
        saving={versioned.saving}
        status={versioned.status}
        message={message}
        onMessageChange={setMessage}
        onSave={save}
      />
      )}
      {versioned.conflict ? (
        <ConflictResolver
          conflict={versioned.conflict}
          saving={versioned.saving}
          onResolve={(resolved) => versioned.resolve({ content: resolved, message, variables, onSaved })}
          onCancel={versioned.cancelConflict}
        />
      ) : (
        <div className="min-h-0 flex-1 bg-white" data-testid="editor">
          <LazyMonacoEditor
            value={content}
            onChange={setContent}
            onSave={readOnly ? undefined : save}
            onReady={onEditorReady}
            readOnly={readOnly}
            ariaLabel="Document source"
          />
        </div>
      )}
    </section>
  );
}
