"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import { saveVersionAction } from "@/app/d/[slug]/actions";
import { LazyMonacoEditor } from "@/components/editor/lazy-monaco-editor";
import { useAuthorName } from "@/components/use-author-name";
import { DraftBanner } from "./draft-banner";
import { SaveBar, type SaveStatus } from "./save-bar";
import { useLeaveGuard } from "./use-leave-guard";
import { useLocalDraft } from "./use-local-draft";

interface Props {
  slug: string;
  headNumber: number;
  initialContent: string;
}

/** The editable current version: Monaco, a save bar (button and Ctrl/Cmd+S), and draft safety. */
export function DocumentEditor({ slug, headNumber, initialContent }: Props) {
  const router = useRouter();
  const [content, setContent] = useState(initialContent);
  const [savedContent, setSavedContent] = useState(initialContent);
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [saving, startSaving] = useTransition();
  const [authorName, setAuthorName] = useAuthorName();
  const dirty = content !== savedContent;
  const draft = useLocalDraft(slug, content, savedContent, headNumber);
  useLeaveGuard(dirty);

  // Read through a ref so the Ctrl/Cmd+S handlers always save the latest text.
  const latest = useRef({ content, message, authorName, saving });
  useLayoutEffect(() => {
    latest.current = { content, message, authorName, saving };
  });

  const save = useCallback(() => {
    const { content: text, message: note, authorName: author, saving: busy } = latest.current;
    if (busy) return;
    startSaving(async () => {
      setStatus({ kind: "saving" });
      const result = await saveVersionAction({ slug, content: text, message: note, authorName: author });
      if (!result.ok) {
        setStatus({ kind: "error", message: result.message });
        return;
      }
      setSavedContent(text);
      setMessage("");
      setStatus(
        result.data.created
          ? { kind: "saved", number: result.data.number }
          : { kind: "unchanged", number: result.data.number },
      );
      router.refresh();
    });
  }, [slug, router]);

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
        saving={saving}
        status={status}
        message={message}
        onMessageChange={setMessage}
        authorName={authorName}
        onAuthorNameChange={setAuthorName}
        onSave={save}
      />
      <div className="min-h-0 flex-1 bg-white" data-testid="editor">
        <LazyMonacoEditor value={content} onChange={setContent} onSave={save} ariaLabel="Document source" />
      </div>
    </section>
  );
}
