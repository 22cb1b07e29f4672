"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-editor";
import { MESSAGE_ACCESS, readAccessMessage } from "@/lib/core/collab/access-message";
import {
  draftText,
  noteDraftEditor,
  observeDraftForm,
  observeDraftMeta,
  readDraftForm,
  readDraftMeta,
  writeDraftForm,
  type DraftMeta,
} from "@/lib/core/collab/draft-doc";
import type { VariableSchema } from "@/lib/core/variables/schema";
import { participantColor } from "@/lib/core/collab/presence";
import { bindMonacoToText } from "./monaco-text-binding";

export interface Collaborator {
  id: string;
  name: string;
}

export interface Participant extends Collaborator {
  clientId: number;
  color: string;
  readOnly: boolean;
  self: boolean;
}

/** connecting: never synced yet; offline: lost the connection (edits are kept); refused: the server ended it. */
export type Connection = "connecting" | "connected" | "offline" | "refused";

export interface LiveDraftState {
  connection: Connection;
  /** The editor shows the shared draft and sends edits to it (read-only until then). */
  bound: boolean;
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
}

const EMPTY_META: DraftMeta = { base: null, head: null, savedBy: null, editors: [], notice: null };
const INITIAL: LiveDraftState = { connection: "connecting", bound: false, meta: EMPTY_META, people: [], unsent: false, refusal: null, demoted: false, form: null };
/** The origin of form changes made on this page. */
const FORM_ORIGIN = "form";

/**
 * Joins a document's live draft on this origin's /collab socket as the page starts, and binds
 * the editor to it once both the first sync and the editor are there, so the page's own copy of
 * the text is never merged in as a duplicate.
 */
export function useLiveDraft({ slug, me, readOnly, editor }: { slug: string; me: Collaborator; readOnly: boolean; editor: { editor: CodeEditor; monaco: MonacoInstance } | null }): LiveDraft {
  const [state, setState] = useState(INITIAL);
  const { id, name } = me;
  const joined = useRef<{ doc: Y.Doc; bound: boolean; demoted: boolean; origin: unknown } | null>(null);
  const writeForm = useCallback(
    (form: VariableSchema) => {
      const current = joined.current;
      if (!current?.bound || current.demoted || readOnly) return;
      writeDraftForm(current.doc, form, FORM_ORIGIN);
    },
    [readOnly],
  );

  // The editor, for the socket's handlers; the socket opens before Monaco has arrived.
  const editorRef = useRef(editor);
  useLayoutEffect(() => {
    editorRef.current = editor;
  });
  const [synced, setSynced] = useState<{ doc: Y.Doc; awareness: WebsocketProvider["awareness"] } | null>(null);

  // Joined at once, in parallel with loading Monaco: by the time the editor mounts, the draft
  // has usually arrived and binding it is immediate.
  useEffect(() => {
    const update = (change: Partial<LiveDraftState>) => setState((current) => ({ ...current, ...change }));
    const doc = new Y.Doc();
    const session = { doc, bound: false, demoted: false, origin: null as unknown };
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    // Every change goes through the server, which checks each participant's rights.
    const provider = new WebsocketProvider(url, slug, doc, { disableBc: true });
    const { awareness } = provider;
    // The server says when this person's role changes while the page is open.
    provider.messageHandlers[MESSAGE_ACCESS] = (_reply, decoder) => {
      const { readOnly: nowReadOnly } = readAccessMessage(decoder);
      editorRef.current?.editor.updateOptions({ readOnly: nowReadOnly || readOnly });
      awareness.setLocalStateField("user", { id, name, color: participantColor(id), readOnly: nowReadOnly || readOnly });
      session.demoted = nowReadOnly && !readOnly;
      update({ demoted: session.demoted });
    };
    awareness.setLocalStateField("user", { id, name, color: participantColor(id), readOnly });
    let everConnected = false;
    joined.current = session;

    provider.on("status", ({ status }) => {
      if (status === "connected") everConnected = true;
      update({ connection: status === "connected" ? "connected" : everConnected ? "offline" : "connecting" });
    });
    provider.on("sync", (isSynced: boolean) => {
      if (!isSynced) return;
      setSynced((current) => current ?? { doc, awareness });
      update({ unsent: false, meta: readDraftMeta(doc), form: readDraftForm(doc) });
    });
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
      if (!session.bound || (origin !== session.origin && origin !== FORM_ORIGIN)) return;
      // After this transaction: who changed the draft since its last save.
      queueMicrotask(() => noteDraftEditor(doc, name, null));
      if (!provider.wsconnected) update({ unsent: true });
    });

    return () => {
      awareness.off("change", onPeople);
      stopMeta();
      stopForm();
      if (joined.current === session) joined.current = null;
      provider.destroy();
      doc.destroy();
      setSynced(null);
      setState(INITIAL);
    };
  }, [slug, id, name, readOnly]);

  // The editor shows the shared draft once both have arrived, whichever came first.
  useEffect(() => {
    const session = joined.current;
    if (!editor || !synced || !session || session.doc !== synced.doc) return;
    const binding = bindMonacoToText({ text: draftText(synced.doc), editor: editor.editor, monaco: editor.monaco, awareness: synced.awareness });
    session.origin = binding.origin;
    session.bound = true;
    if (session.demoted) editor.editor.updateOptions({ readOnly: true });
    setState((current) => ({ ...current, bound: true }));
    return () => {
      session.bound = false;
      session.origin = null;
      binding.destroy();
    };
  }, [editor, synced]);

  // An open socket whose server has not sent the draft yet is not live.
  return { ...state, ...(state.connection === "connected" && !state.bound ? { connection: "connecting" as const } : {}), writeForm };
}

function participants(states: Map<number, Record<string, unknown>>, selfId: number): Participant[] {
  const result: Participant[] = [];
  states.forEach((state, clientId) => {
    const user = state.user as { id?: unknown; name?: unknown; color?: unknown; readOnly?: unknown } | undefined;
    if (typeof user?.id !== "string" || typeof user.name !== "string") return;
    // Another browser's state ends up in a style sheet: only a plain hex colour is taken as is.
    const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : participantColor(user.id);
    result.push({ clientId, id: user.id, name: user.name, color, readOnly: user.readOnly === true, self: clientId === selfId });
  });
  return result.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
