"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useShortcut } from "@/components/hooks/use-shortcut";
import { DraftStatus } from "@/components/collab/draft-status";
import { PresenceBar } from "@/components/collab/presence-bar";
import type { Collaborator, LiveDraft } from "@/components/collab/use-live-draft";
import MonacoEditor, { type CodeEditor, type MonacoInstance } from "@/components/editor/monaco-editor";
import { replaceEditorText } from "@/components/editor/replace-editor-text";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { threeWayMerge } from "@/lib/core/versions/three-way-merge";
import { ConflictResolver } from "./conflict-resolver";
import { PlainDraftEditor } from "./plain-draft-editor";
import { useMonacoMoment } from "./use-monaco-moment";
import { SaveBar } from "./save-bar";
import { useLeaveGuard } from "./use-leave-guard";
import { useVersionedSave } from "./use-versioned-save";

interface Props {
  slug: string;
  headNumber: number;
  initialContent: string;
  /** The live draft's text as the server had it: shown at once, and where the editor starts. */
  startText: string;
  /** The text, owned by the workbench so the outline and preview follow every keystroke. */
  content: string;
  setContent: (content: string) => void;
  /** The variable form to save with the next version. */
  variables: VariableSchema;
  /** The shared draft this editor is bound to (joined by the workbench, which also shares its form). */
  live: LiveDraft;
  /** The draft's form differs from its base version's. */
  formChanged: boolean;
  onEditorReady?: (editor: CodeEditor, monaco: MonacoInstance) => void;
  /** For viewers: the live draft read-only, without a save bar; the server refuses their changes anyway. */
  readOnly?: boolean;
  /** What the read-only line says instead of the viewer's note. */
  readOnlyNote?: string;
  /** The signed-in person, as others see them in the live draft. */
  me: Collaborator;
}

/**
 * The document's live draft, shared with everyone who has it open: a plain text area bound to it
 * until Monaco has loaded, then Monaco; who is here; a save bar (button and Ctrl/Cmd+S) that
 * snapshots the draft as the next version.
 */
export function DocumentEditor({ slug, headNumber, initialContent, startText, content, setContent, variables, live, formChanged, onEditorReady, readOnly: pageReadOnly = false, readOnlyNote, me }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [mounted, setMounted] = useState<{ editor: CodeEditor; monaco: MonacoInstance } | null>(null);
  // Demoted while the page is open: read-only at once, as the server already enforces.
  const readOnly = pageReadOnly || live.demoted;
  const versioned = useVersionedSave(slug, { number: headNumber, content: initialContent });
  const dirty = live.bound && (content !== versioned.base.content || formChanged);
  // Live drafts are stored on the server; only edits typed offline and not yet sent can be lost.
  useLeaveGuard(live.unsent);
  const loadMonaco = useMonacoMoment(live.bound || live.connection === "refused");

  // The shared draft replaced the page's copy when the editor joined it.
  useEffect(() => {
    if (live.bound && mounted) setContent(mounted.editor.getValue());
  }, [live.bound, mounted, setContent]);

  const { adopt } = versioned;
  const { base, head } = live.meta;
  useEffect(() => {
    if (base) adopt(base);
  }, [base, adopt]);
  // Someone saved (here or through the API): show the new version in the history.
  useEffect(() => {
    if (head !== null && head > headNumber) router.refresh();
  }, [head, headNumber, router]);
  // A restore kept the draft it replaced: show it in Draft history.
  const noticeKey = live.meta.notice ? JSON.stringify(live.meta.notice) : "";
  useEffect(() => {
    if (noticeKey) router.refresh();
  }, [noticeKey, router]);

  // After a save: a merge saved more than the draft held when saving began. It goes into the
  // editor (and so the draft) as an edit, merged with whatever others typed meanwhile.
  const savedFrom = (draftAtSave: string) => (saved: string) => {
    setMessage("");
    const editor = live.surface === "monaco" ? mounted?.editor : undefined;
    const current = editor ? editor.getValue() : live.currentText();
    if (saved === draftAtSave || current === null) return;
    const merged = threeWayMerge(draftAtSave, current, saved);
    const next = merged.clean ? merged.text : saved;
    // Through Monaco when it edits the draft: one edit its undo can take back.
    if (editor) replaceEditorText(editor, next);
    else live.replaceText(next);
  };
  // Called from the save bar, Monaco's own Ctrl/Cmd+S and the page-wide one below, each of
  // which calls the function of the latest render: no ref needed to see the latest text.
  const save = () => {
    if (readOnly || !live.bound || versioned.saving || versioned.conflict) return;
    // The draft as of this keystroke, whichever surface took it (the workbench's copy may lag a render).
    const text = live.currentText();
    if (text === null) return;
    versioned.save({ content: text, message, variables, onSaved: savedFrom(text) });
  };
  const resolve = (resolved: string) => versioned.resolve({ content: resolved, message, variables, onSaved: savedFrom(content) });

  // Ctrl/Cmd+S outside Monaco (Monaco registers its own command for when it has focus); the
  // browser's "save page" never opens, even for viewers.
  useShortcut("Mod+S", save);

  return (
    <section className="flex min-w-0 flex-1 flex-col" aria-label="Editor">
      <div className="flex items-center gap-3 border-b border-zinc-200 bg-white px-4 py-1.5">
        <PresenceBar people={live.people} connection={live.connection} refusal={live.refusal} />
        <span className="flex-1" />
        <DraftStatus bound={live.bound} meta={live.meta} content={content} myName={me.name} formChanged={formChanged} slug={slug} />
      </div>
      {readOnly ? (
        <p role="note" data-testid="read-only-note" className="border-b border-zinc-200 bg-zinc-50 px-4 py-2 text-xs text-zinc-600">
          {readOnlyNote ?? "You are following the live draft. You can fill its variables and save presets; editing needs the editor role."}
        </p>
      ) : (
        <SaveBar dirty={dirty} saving={versioned.saving} status={versioned.status} message={message} onMessageChange={setMessage} onSave={save} />
      )}
      {versioned.conflict && (
        <ConflictResolver
          conflict={versioned.conflict}
          saving={versioned.saving}
          onResolve={resolve}
          onCancel={versioned.cancelConflict}
        />
      )}
      {/* Stays mounted while a conflict is resolved: the draft keeps following the others. */}
      <div
        className={`min-h-0 flex-1 bg-white ${versioned.conflict ? "hidden" : ""}`}
        data-testid="editor"
        data-live={live.bound ? "ready" : "loading"}
        data-surface={live.surface ?? "none"}
      >
        <MonacoEditor
          defaultValue={startText}
          // Editable before Monaco arrives: the text as a plain text area bound to the draft,
          // kept over Monaco until Monaco has been handed the draft. (Before the draft arrives
          // neither takes typing; Monaco, read-only, shows as soon as it is there.)
          placeholder={<PlainDraftEditor startText={startText} text={content} onSurface={live.plainSurface} />}
          keepPlaceholder={live.surface === "plain"}
          load={loadMonaco}
          onChange={setContent}
          onSave={readOnly ? undefined : save}
          onReady={(editor, monaco) => {
            setMounted({ editor, monaco });
            onEditorReady?.(editor, monaco);
          }}
          readOnly={readOnly || live.surface !== "monaco"}
          ariaLabel="Document source"
        />
      </div>
    </section>
  );
}
