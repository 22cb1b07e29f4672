"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { LazyMonacoEditor } from "@/components/editor/lazy-monaco-editor";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { useAuthorName } from "@/components/use-author-name";
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
}

/** The editable current version: Monaco, a save bar (button and Ctrl/Cmd+S), and draft safety. */
export function DocumentEditor({ slug, headNumber, initialContent, content, setContent, variables, onEditorReady }: Props) {
  const [message, setMessage] = useState("");
  const [authorName, setAuthorName] = useAuthorName();
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
  const latest = useRef({ content, message, authorName, versioned, variables });
  useLayoutEffect(() => {
    latest.current = { content, message, authorName, versioned, variables };
  });
  const save = useCallback(() => {
    const { content: text, message: note, authorName: author, versioned: saver, variables: form } = latest.current;
    if (saver.saving || saver.conflict) return;
    saver.save({ content: text, message: note, authorName: author, variables: form, onSaved });
  }, [onSaved]);

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
      <SaveBar
        dirty={dirty}
        saving={versioned.saving}
        status={versioned.status}
        message={message}
        onMessageChange={setMessage}
        authorName={authorName}
        onAuthorNameChange={setAuthorName}
        onSave={save}
      />
      {versioned.conflict ? (
        <ConflictResolver
          conflict={versioned.conflict}
          saving={versioned.saving}
          onResolve={(resolved) => versioned.resolve({ content: resolved, message, authorName, variables, onSaved })}
          onCancel={versioned.cancelConflict}
        />
      ) : (
        <div className="min-h-0 flex-1 bg-white" data-testid="editor">
          <LazyMonacoEditor value={content} onChange={setContent} onSave={save} onReady={onEditorReady} ariaLabel="Document source" />
        </div>
      )}
    </section>
  );
}
