"use client";

import { useCallback, useEffect, useRef, useState } from "react";
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
 * Joins a document's live draft on this origin's /collab socket and binds the editor to it
 * after the first sync, so the page's own copy of the text is never merged in as a duplicate.
 */
export function useLiveDraft({ slug, me, readOnly, editor }: { slug: string; me: Collaborator; readOnly: boolean; editor: { editor: CodeEditor; monaco: MonacoInstance } | null }): LiveDraft {
  const [state, setState] = useState(INITIAL);
  const { id, name } = me;
  const joined = useRef<{ doc: Y.Doc; bound: boolean; demoted: boolean } | null>(null);
  const writeForm = useCallback(
    (form: VariableSchema) => {
      const current = joined.current;
      if (!current?.bound || current.demoted || readOnly) return;
      writeDraftForm(current.doc, form, FORM_ORIGIN);
    },
    [readOnly],
  );

  useEffect(() => {
    if (!editor) return;
    const update = (change: Partial<LiveDraftState>) => setState((current) => ({ ...current, ...change }));
    const doc = new Y.Doc();
    const session = { doc, bound: false, demoted: false };
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    // Every change goes through the server, which checks each participant's rights.
    const provider = new WebsocketProvider(url, slug, doc, { disableBc: true });
    const { awareness } = provider;
    // The server says when this person's role changes while the page is open.
    provider.messageHandlers[MESSAGE_ACCESS] = (_reply, decoder) => {
      const { readOnly: nowReadOnly } = readAccessMessage(decoder);
      editor.editor.updateOptions({ readOnly: nowReadOnly || readOnly });
      awareness.setLocalStateField("user", { id, name, color: participantColor(id), readOnly: nowReadOnly || readOnly });
      session.demoted = nowReadOnly && !readOnly;
      update({ demoted: session.demoted });
    };
    awareness.setLocalStateField("user", { id, name, color: participantColor(id), readOnly });
    let binding: ReturnType<typeof bindMonacoToText> | null = null;
    let everConnected = false;
    joined.current = session;

    provider.on("status", ({ status }) => {
      if (status === "connected") everConnected = true;
      update({ connection: status === "connected" ? "connected" : everConnected ? "offline" : "connecting" });
    });
    provider.on("sync", (synced: boolean) => {
      if (!synced) return;
      binding ??= bindMonacoToText({ text: draftText(doc), editor: editor.editor, monaco: editor.monaco, awareness });
      session.bound = true;
      update({ bound: true, unsent: false, meta: readDraftMeta(doc), form: readDraftForm(doc) });
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
      if (!binding || (origin !== binding.origin && origin !== FORM_ORIGIN)) return;
      // After this transaction: who changed the draft since its last save.
      queueMicrotask(() => noteDraftEditor(doc, name, null));
      if (!provider.wsconnected) update({ unsent: true });
    });

    return () => {
      awareness.off("change", onPeople);
      stopMeta();
      stopForm();
      if (joined.current === session) joined.current = null;
      binding?.destroy();
      provider.destroy();
      doc.destroy();
      setState(INITIAL);
    };
  }, [editor, slug, id, name, readOnly]);

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
