import * as Y from "yjs";
import { textSplice } from "../text/splice";

/**
 * The shape of a document's live draft, shared by the server's room and every browser:
 * the text everyone edits, the version the draft was last saved as (or reset to), the newest
 * version known, and who has changed the draft since it was saved.
 */
export const DRAFT_TEXT = "content";
const META = "meta";
const EDITORS = "editors";

export interface DraftBase {
  number: number;
  content: string;
}

export interface DraftMeta {
  /** The version the shared text started from: saves are based on it. */
  base: DraftBase | null;
  /** The newest version of the document, which may be newer than the base (API saves). */
  head: number | null;
  savedBy: string | null;
  /** People who changed the text since the base, in the order they started. */
  editors: string[];
}

export const draftText = (doc: Y.Doc) => doc.getText(DRAFT_TEXT);

export function readDraftMeta(doc: Y.Doc): DraftMeta {
  const meta = doc.getMap<unknown>(META);
  const base = meta.get("base");
  const head = meta.get("head");
  const savedBy = meta.get("savedBy");
  const editors = [...doc.getMap<number>(EDITORS).entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  return {
    base: isBase(base) ? base : null,
    head: typeof head === "number" ? head : null,
    savedBy: typeof savedBy === "string" ? savedBy : null,
    editors,
  };
}

/** A new draft starts as a copy of the newest version. */
export function initDraft(doc: Y.Doc, head: DraftBase, origin: unknown): void {
  doc.transact(() => {
    draftText(doc).insert(0, head.content);
    setBase(doc, head, null);
  }, origin);
}

/** The draft was saved (or reset) as version `number` with this text. */
export function markDraftSaved(doc: Y.Doc, saved: DraftBase & { byName: string }, origin: unknown): void {
  doc.transact(() => setBase(doc, saved, saved.byName), origin);
}

/** A version was saved outside the draft (API, import): the draft keeps its base. */
export function markHeadVersion(doc: Y.Doc, number: number, origin: unknown): void {
  const meta = doc.getMap<unknown>(META);
  const head = meta.get("head");
  if (typeof head === "number" && head >= number) return;
  doc.transact(() => meta.set("head", number), origin);
}

/**
 * A version saved outside the draft (API, import, restore elsewhere). A draft nobody changed
 * since its base simply moves to it; a changed draft keeps its base and notes the newer head,
 * so its next save merges instead of overwriting.
 */
export function receiveVersion(doc: Y.Doc, version: DraftBase & { byName: string }, origin: unknown): void {
  const { base, head } = readDraftMeta(doc);
  if (head !== null && version.number <= head) return;
  if (base && draftText(doc).toString() !== base.content) return markHeadVersion(doc, version.number, origin);
  doc.transact(() => {
    replaceDraftText(doc, version.content, origin);
    markDraftSaved(doc, version, origin);
  }, origin);
}

/** Replaces the shared text (restoring a version), touching only what differs. */
export function replaceDraftText(doc: Y.Doc, content: string, origin: unknown): void {
  const text = draftText(doc);
  const splice = textSplice(text.toString(), content);
  if (!splice) return;
  doc.transact(() => {
    if (splice.remove > 0) text.delete(splice.index, splice.remove);
    if (splice.insert) text.insert(splice.index, splice.insert);
  }, origin);
}

/** Records that `name` changed the draft since its base (once per person). */
export function noteDraftEditor(doc: Y.Doc, name: string, origin: unknown): void {
  const editors = doc.getMap<number>(EDITORS);
  if (editors.has(name)) return;
  doc.transact(() => editors.set(name, Date.now()), origin);
}

/** Calls `listener` whenever the base, head or editors change; returns the unsubscribe. */
export function observeDraftMeta(doc: Y.Doc, listener: (meta: DraftMeta) => void): () => void {
  const notify = () => listener(readDraftMeta(doc));
  const meta = doc.getMap(META);
  const editors = doc.getMap(EDITORS);
  meta.observe(notify);
  editors.observe(notify);
  return () => {
    meta.unobserve(notify);
    editors.unobserve(notify);
  };
}

function setBase(doc: Y.Doc, base: DraftBase, byName: string | null): void {
  const meta = doc.getMap<unknown>(META);
  meta.set("base", { number: base.number, content: base.content });
  const head = meta.get("head");
  if (typeof head !== "number" || head < base.number) meta.set("head", base.number);
  if (byName) meta.set("savedBy", byName);
  doc.getMap(EDITORS).clear();
}

function isBase(value: unknown): value is DraftBase {
  return (
    typeof value === "object" && value !== null && typeof (value as DraftBase).number === "number" && typeof (value as DraftBase).content === "string"
  );
}
