"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Doc } from "yjs";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-types";
import {
  draftText,
  noteDraftEditor,
  observeDraftForm,
  observeDraftMeta,
  readDraftForm,
  readDraftMeta,
  replaceDraftText,
  writeDraftForm,
  type DraftMeta,
} from "@/lib/core/collab/draft-doc";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { participantColor } from "@/lib/core/collab/presence";
import { close, takeDraftConnection } from "./draft-connection";
import { createDraftSurfaces, type DraftSurfaces, type SurfaceKind } from "./draft-surfaces";
import { participants, type Collaborator, type Participant } from "./participants";
import type { PlainSurface } from "./textarea-binding";

export type { Collaborator, Participant } from "./participants";

/** connecting: never synced yet; offline: lost the connection (edits are kept); refused: the server ended it. */
export type Connection = "connecting" | "connected" | "offline" | "refused";

export interface LiveDraftState {
  connection: Connection;
  /** A surface shows the shared draft and sends edits to it (read-only until then). */
  bound: boolean;
  /** Which one: the plain text area while Monaco loads, then Monaco. */
  surface: SurfaceKind | null;
  meta: DraftMeta;
  people: Participant[];
  /** Edits typed while offline that the server has not received yet. */
  unsent: boolean;
  refusal: string | null;
  /** The server made this connection read-only (the person's role changed while the page was open). */
  demoted: boolean;
  /** The variable form in the shared draft (null until it has arrived). */
  form: VariableSchema | null;
}

export interface LiveDraft extends LiveDraftState {
  /** Changes the shared draft's form (field settings), for everyone editing. */
  writeForm: (form: VariableSchema) => void;
  /** The plain surface to bind until Monaco is there (null when it goes away). */
  plainSurface: (surface: PlainSurface | null) => void;
  /** The shared text as of now (null until the draft has arrived). */
  currentText: () => string | null;
  /** Puts new text into the draft as the smallest change, as this person's edit (a merge after saving). */
  replaceText: (text: string) => void;
}

const EMPTY_META: DraftMeta = { base: null, head: null, savedBy: null, editors: [], notice: null };
const INITIAL: LiveDraftState = { connection: "connecting", bound: false, surface: null, meta: EMPTY_META, people: [], unsent: false, refusal: null, demoted: false, form: null };
/** The origin of form changes made on this page. */
const FORM_ORIGIN = "form";
/** The origin of whole-text replacements made on this page (a merge after saving). */
const REPLACE_ORIGIN = "replace";

interface Session {
  doc: Doc;
  bound: boolean;
  demoted: boolean;
  surfaces: DraftSurfaces | null;
}

/**
 * Joins a document's live draft on this origin's /collab socket (opened as the page's code
 * starts, see draft-connection.ts) and, the moment the first sync is there, binds an editing
 * surface to it (never before, so the page's own copy of the text is never merged in as a
 * duplicate): the plain text area at once, Monaco when it has loaded.
 */
export function useLiveDraft({
  slug,
  me,
  readOnly,
  editor,
  onText,
}: {
  slug: string;
  me: Collaborator;
  readOnly: boolean;
  editor: { editor: CodeEditor; monaco: MonacoInstance } | null;
  /** The text after each change the plain surface shows (Monaco reports its own). */
  onText: (text: string) => void;
}): LiveDraft {
  const [state, setState] = useState(INITIAL);
  const { id, name } = me;
  const joined = useRef<Session | null>(null);
  // The surfaces, for the socket's handlers: either may be there before the draft or after it.
  const plainRef = useRef<PlainSurface | null>(null);
  const editorRef = useRef(editor);
  const onTextRef = useRef(onText);
  useLayoutEffect(() => {
    onTextRef.current = onText;
  });
  const writeForm = useCallback(
    (form: VariableSchema) => {
      const current = joined.current;
      if (!current?.bound || current.demoted || readOnly) return;
      writeDraftForm(current.doc, form, FORM_ORIGIN);
    },
    [readOnly],
  );
  const currentText = useCallback(() => (joined.current?.bound ? draftText(joined.current.doc).toString() : null), []);
  const replaceText = useCallback((text: string) => {
    const current = joined.current;
    if (current?.bound && !current.demoted) replaceDraftText(current.doc, text, REPLACE_ORIGIN);
  }, []);
  const plainSurface = useCallback((surface: PlainSurface | null) => {
    const previous = plainRef.current;
    plainRef.current = surface;
    const surfaces = joined.current?.surfaces;
    if (previous && previous !== surface) surfaces?.detachPlain(previous);
    if (surface) surfaces?.attachPlain(surface);
  }, []);

  useEffect(() => {
    const update = (change: Partial<LiveDraftState>) => setState((current) => ({ ...current, ...change }));
    const connection = takeDraftConnection(slug);
    const { doc, provider } = connection;
    const { awareness } = provider;
    const session: Session = { doc, bound: false, demoted: false, surfaces: null };
    joined.current = session;
    const announce = (asReadOnly: boolean) => awareness.setLocalStateField("user", { id, name, color: participantColor(id), readOnly: asReadOnly });
    announce(readOnly);
    const onAccess = (nowReadOnly: boolean) => {
      session.surfaces?.setReadOnly(nowReadOnly || readOnly);
      announce(nowReadOnly || readOnly);
      session.demoted = nowReadOnly && !readOnly;
      update({ demoted: session.demoted });
    };
    connection.onAccess = onAccess;
    if (connection.readOnly !== null) onAccess(connection.readOnly);

    let everConnected = false;
    const onStatus = ({ status }: { status: string }) => {
      if (status === "connected") everConnected = true;
      update({ connection: status === "connected" ? "connected" : everConnected ? "offline" : "connecting" });
    };
    provider.on("status", onStatus);
    if (provider.wsconnected) onStatus({ status: "connected" });
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      if (!session.surfaces) {
        // One surface at a time edits the draft from now on (see draft-surfaces.ts).
        const surfaces = createDraftSurfaces({
          text: draftText(doc),
          awareness,
          onChange: (text) => onTextRef.current(text),
          onSurface: (surface) => {
            session.bound = surface !== null;
            update({ surface, bound: surface !== null });
          },
        });
        session.surfaces = surfaces;
        surfaces.setReadOnly(readOnly || session.demoted);
        if (plainRef.current) surfaces.attachPlain(plainRef.current);
        if (editorRef.current) surfaces.attachMonaco(editorRef.current.editor, editorRef.current.monaco);
      }
      update({ unsent: false, meta: readDraftMeta(doc), form: readDraftForm(doc) });
    };
    provider.on("sync", onSync);
    // The early socket may have synced while the page hydrated.
    if (provider.synced) onSync(true);
    provider.on("closed", ({ reason }) => update({ connection: "refused", refusal: reason || "The server closed the live draft." }));
    const stopMeta = observeDraftMeta(doc, (meta) => update({ meta }));
    const stopForm = observeDraftForm(doc, (form) => update({ form }));
    // Awareness changes with every cursor move; the page re-renders only when who is here changes.
    let peopleKey = "";
    const onPeople = () => {
      const people = participants(awareness.getStates(), doc.clientID);
      const key = JSON.stringify(people);
      if (key === peopleKey) return;
      peopleKey = key;
      update({ people });
    };
    awareness.on("change", onPeople);
    onPeople();
    doc.on("update", (_update: Uint8Array, origin: unknown) => {
      const own = origin === session.surfaces?.origin || origin === FORM_ORIGIN || origin === REPLACE_ORIGIN;
      if (!session.bound || !own) return;
      // After this transaction: who changed the draft since its last save.
      queueMicrotask(() => noteDraftEditor(doc, name, null));
      if (!provider.wsconnected) update({ unsent: true });
    });

    return () => {
      awareness.off("change", onPeople);
      stopMeta();
      stopForm();
      if (joined.current === session) joined.current = null;
      session.surfaces?.destroy();
      session.surfaces = null;
      close(connection);
      setState(INITIAL);
    };
  }, [slug, id, name, readOnly]);

  // A layout effect: Monaco takes over before the browser paints or handles another keystroke.
  useLayoutEffect(() => {
    editorRef.current = editor;
    const surfaces = joined.current?.surfaces;
    if (!editor || !surfaces) return;
    surfaces.attachMonaco(editor.editor, editor.monaco);
    return () => surfaces.detachMonaco(editor.editor);
  }, [editor]);

  // An open socket whose server has not sent the draft yet is not live.
  return { ...state, ...(state.connection === "connected" && !state.bound ? { connection: "connecting" as const } : {}), writeForm, plainSurface, currentText, replaceText };
}
