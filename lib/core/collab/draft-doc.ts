import * as Y from "yjs";
import { textSplice } from "../text/splice";
import type { VariableSchema } from "../variables/schema";
import { decodeFormField, encodeFormField, sameForm } from "./draft-form";

/**
 * The shape of a document's live draft, shared by the server's room and every browser:
 * the text everyone edits, the variable form (field settings), the version the draft was last
 * saved as (or reset to), the newest version known, and who has changed the draft since.
 */
export const DRAFT_TEXT = "content";
/** Top-level map: variable name → that field's settings (JSON). */
export const DRAFT_FORM = "form";
const META = "meta";
const EDITORS = "editors";

export interface DraftBase {
  number: number;
  content: string;
  /** The version's variable form; absent in drafts stored before forms lived in the draft. */
  variables?: VariableSchema;
}

/** What happened to the draft that everyone with it open should be told about. */
export interface DraftNotice {
  kind: "restored-version" | "restored-snapshot";
  byName: string;
  /** The version restored (restored-version). */
  number?: number;
  /** Whether the draft it replaced was kept in Draft history. */
  kept: boolean;
}

export interface DraftMeta {
  /** The version the shared text started from: saves are based on it. */
  base: DraftBase | null;
  /** The newest version of the document, which may be newer than the base (API saves). */
  head: number | null;
  savedBy: string | null;
  /** People who changed the draft since the base, in the order they started. */
  editors: string[];
  notice: DraftNotice | null;
}

export const draftText = (doc: Y.Doc) => doc.getText(DRAFT_TEXT);
const draftFormMap = (doc: Y.Doc) => doc.getMap<string>(DRAFT_FORM);

export function readDraftMeta(doc: Y.Doc): DraftMeta {
  const meta = doc.getMap<unknown>(META);
  const base = meta.get("base");
  const head = meta.get("head");
  const savedBy = meta.get("savedBy");
  const notice = meta.get("notice");
  const editors = [...doc.getMap<number>(EDITORS).entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  return {
    base: isBase(base) ? { number: base.number, content: base.content, ...(Array.isArray(base.variables) ? { variables: base.variables } : {}) } : null,
    head: typeof head === "number" ? head : null,
    savedBy: typeof savedBy === "string" ? savedBy : null,
    editors,
    notice: isNotice(notice) ? notice : null,
  };
}

/** The draft's variable form, by field name; fields another client stored malformed are skipped. */
export function readDraftForm(doc: Y.Doc): VariableSchema {
  const fields: VariableSchema = [];
  for (const [name, stored] of draftFormMap(doc).entries()) {
    const field = decodeFormField(name, stored);
    if (field) fields.push(field);
  }
  return fields.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Makes the draft's form `schema`, writing only the fields that changed. */
export function writeDraftForm(doc: Y.Doc, schema: VariableSchema, origin: unknown): void {
  const form = draftFormMap(doc);
  const wanted = new Map(schema.map((field) => [field.name, encodeFormField(field)]));
  doc.transact(() => {
    for (const name of [...form.keys()]) if (!wanted.has(name)) form.delete(name);
    for (const [name, encoded] of wanted) if (form.get(name) !== encoded) form.set(name, encoded);
  }, origin);
}

/** Whether the text or the form differs from the version the draft is based on. */
export function draftDiffersFromBase(doc: Y.Doc): boolean {
  const { base } = readDraftMeta(doc);
  if (!base) return false;
  return draftText(doc).toString() !== base.content || !sameForm(readDraftForm(doc), base.variables ?? []);
}

/** A new draft starts as a copy of the newest version. */
export function initDraft(doc: Y.Doc, head: DraftBase, origin: unknown): void {
  doc.transact(() => {
    draftText(doc).insert(0, head.content);
    writeDraftForm(doc, head.variables ?? [], origin);
    setBase(doc, head, null);
  }, origin);
}

/**
 * Drafts stored before forms lived in the draft: their form starts as the base version's
 * (when that is the newest version, whose form is known) so nothing looks changed.
 */
export function adoptVersionForm(doc: Y.Doc, head: DraftBase, origin: unknown): void {
  const meta = doc.getMap<unknown>(META);
  const base = readDraftMeta(doc).base;
  if (!base || base.variables) return;
  doc.transact(() => {
    if (base.number === head.number) writeDraftForm(doc, head.variables ?? [], origin);
    meta.set("base", { ...base, variables: base.number === head.number ? (head.variables ?? []) : readDraftForm(doc) });
  }, origin);
}

/** The draft was saved (or reset) as version `number` with this text and form. */
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
 * since its base (text and form) simply moves to it; a changed draft keeps its base and notes
 * the newer head, so its next save merges instead of overwriting.
 */
export function receiveVersion(doc: Y.Doc, version: DraftBase & { byName: string }, origin: unknown): void {
  const { head } = readDraftMeta(doc);
  if (head !== null && version.number <= head) return;
  if (draftDiffersFromBase(doc)) return markHeadVersion(doc, version.number, origin);
  resetDraft(doc, version, origin);
}

/** Replaces the draft's text and form with a version's and bases the draft on it (a restore). */
export function resetDraft(doc: Y.Doc, version: DraftBase & { byName: string }, origin: unknown): void {
  doc.transact(() => {
    replaceDraftText(doc, version.content, origin);
    if (version.variables) writeDraftForm(doc, version.variables, origin);
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

/** Tells everyone with the draft open what just happened to it (cleared by the next save). */
export function setDraftNotice(doc: Y.Doc, notice: DraftNotice, origin: unknown): void {
  doc.transact(() => doc.getMap<unknown>(META).set("notice", { ...notice }), origin);
}

/** Calls `listener` whenever the base, head, editors or notice change; returns the unsubscribe. */
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

/** Calls `listener` with the draft's form whenever someone changes it; returns the unsubscribe. */
export function observeDraftForm(doc: Y.Doc, listener: (form: VariableSchema) => void): () => void {
  const notify = () => listener(readDraftForm(doc));
  const form = draftFormMap(doc);
  form.observe(notify);
  return () => form.unobserve(notify);
}

function setBase(doc: Y.Doc, base: DraftBase, byName: string | null): void {
  const meta = doc.getMap<unknown>(META);
  const previous = readDraftMeta(doc).base;
  // A save without a form of its own keeps the form it was based on (as versions do).
  const variables = base.variables ?? previous?.variables;
  meta.set("base", { number: base.number, content: base.content, ...(variables ? { variables } : {}) });
  const head = meta.get("head");
  if (typeof head !== "number" || head < base.number) meta.set("head", base.number);
  if (byName) meta.set("savedBy", byName);
  meta.delete("notice");
  doc.getMap(EDITORS).clear();
}

function isBase(value: unknown): value is DraftBase {
  return (
    typeof value === "object" && value !== null && typeof (value as DraftBase).number === "number" && typeof (value as DraftBase).content === "string"
  );
}

function isNotice(value: unknown): value is DraftNotice {
  const notice = value as DraftNotice | null;
  return typeof notice === "object" && notice !== null && typeof notice.byName === "string" && (notice.kind === "restored-version" || notice.kind === "restored-snapshot");
}
