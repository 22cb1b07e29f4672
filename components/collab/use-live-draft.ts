"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { CodeEditor, MonacoInstance } from "@/components/editor/monaco-types";
import { MESSAGE_ACCESS, readAccessMessage } from "@/lib/core/collab/access-message";
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
import { createDraftSurfaces, type DraftSurfaces, type SurfaceKind } from "./draft-surfaces";
import type { PlainSurface } from "./textarea-binding";

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
  doc: Y.Doc;
  bound: boolean;
  demoted: boolean;
  surfaces: DraftSurfaces | null;
}

/**
 * Joins a document's live draft on this origin's /collab socket as the page starts, and binds
 * an editing surface to it once the first sync is there (so the page's own copy of the text is
 * never merged in as a duplicate): the plain text area at once, Monaco when it has loaded.
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
  const onTextRef = useRef(onText);
  useLayoutEffect(() => {
    onTextRef.current = onText;
  });
  const [plain, plainSurface] = useState<PlainSurface | null>(null);
  const [synced, setSynced] = useState<{ doc: Y.Doc; awareness: WebsocketProvider["awareness"] } | null>(null);
  const [surfaces, setSurfaces] = useState<DraftSurfaces | null>(null);

  // Joined at once, in parallel with loading Monaco: by the time the editor mounts, the draft
  // has usually arrived and binding it is immediate.
  useEffect(() => {
    const update = (change: Partial<LiveDraftState>) => setState((current) => ({ ...current, ...change }));
    const doc = new Y.Doc();
    const session: Session = { doc, bound: false, demoted: false, surfaces: null };
    const url = `${window.location.protocol === "https:" ? "wss" : "ws"}://${window.location.host}/collab`;
    // Every change goes through the server, which checks each participant's rights.
    const provider = new WebsocketProvider(url, slug, doc, { disableBc: true });
    const { awareness } = provider;
    // The server says when this person's role changes while the page is open.
    provider.messageHandlers[MESSAGE_ACCESS] = (_reply, decoder) => {
      const { readOnly: nowReadOnly } = readAccessMessage(decoder);
      session.surfaces?.setReadOnly(nowReadOnly || readOnly);
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
      provider.destroy();
      doc.destroy();
      setSynced(null);
      setState(INITIAL);
    };
  }, [slug, id, name, readOnly]);

  // Once the draft has arrived, one surface at a time edits it (see draft-surfaces.ts).
  useEffect(() => {
    const session = joined.current;
    if (!synced || !session || session.doc !== synced.doc) return;
    const created = createDraftSurfaces({
      text: draftText(synced.doc),
      awareness: synced.awareness,
      onChange: (text) => onTextRef.current(text),
      onSurface: (surface) => {
        session.bound = surface !== null;
        setState((current) => ({ ...current, surface, bound: surface !== null }));
      },
    });
    created.setReadOnly(readOnly || session.demoted);
    session.surfaces = created;
    setSurfaces(created);
    return () => {
      session.surfaces = null;
      session.bound = false;
      created.destroy();
      setSurfaces(null);
    };
  }, [synced, readOnly]);

  useEffect(() => {
    if (!surfaces || !plain) return;
    surfaces.attachPlain(plain);
    return () => surfaces.detachPlain(plain);
  }, [surfaces, plain]);

  // A layout effect: Monaco takes over before the browser paints or handles another keystroke.
  useLayoutEffect(() => {
    if (!surfaces || !editor) return;
    surfaces.attachMonaco(editor.editor, editor.monaco);
    return () => surfaces.detachMonaco(editor.editor);
  }, [surfaces, editor]);

  // An open socket whose server has not sent the draft yet is not live.
  return { ...state, ...(state.connection === "connected" && !state.bound ? { connection: "connecting" as const } : {}), writeForm, plainSurface, currentText, replaceText };
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
