import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { VariableSchema } from "../variables/schema";
import {
  adoptVersionForm,
  draftDiffersFromBase,
  initDraft,
  markDraftSaved,
  observeDraftForm,
  readDraftForm,
  readDraftMeta,
  receiveVersion,
  resetDraft,
  writeDraftForm,
} from "./draft-doc";
import { sameForm } from "./draft-form";

const form: VariableSchema = [
  { name: "Request", type: "text" },
  { name: "Strict", type: "boolean", description: "Refuse vague requests" },
];

function draft(variables: VariableSchema = form) {
  const doc = new Y.Doc();
  initDraft(doc, { number: 1, content: "Hello {{Request}}", variables }, "server");
  return doc;
}

const connect = (from: Y.Doc, to: Y.Doc) => {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
  from.on("update", (update: Uint8Array) => Y.applyUpdate(to, update));
};

describe("form diff detection", () => {
  it("ignores field order and unset settings, notices any other change", () => {
    expect(sameForm(form, [...form].reverse())).toBe(true);
    expect(sameForm([{ name: "A", type: "text", label: undefined }], [{ name: "A", type: "text" }])).toBe(true);
    expect(sameForm(form, [{ ...form[0]!, type: "multiline" }, form[1]!])).toBe(false);
    expect(sameForm(form, [form[0]!, { ...form[1]!, description: "Refuse vague ones" }])).toBe(false);
    expect(sameForm(form, form.slice(1))).toBe(false);
  });

  it("a draft whose only change is a field's type differs from its base; changing it back matches again", () => {
    const doc = draft();
    expect(draftDiffersFromBase(doc)).toBe(false);
    writeDraftForm(doc, [{ ...form[0]!, type: "multiline" }, form[1]!], "me");
    expect(draftDiffersFromBase(doc)).toBe(true);
    writeDraftForm(doc, form, "me");
    expect(draftDiffersFromBase(doc)).toBe(false);
  });
});

describe("the form in the live draft", () => {
  it("starts as the version's form and reaches co-editors, field by field", () => {
    const ana = draft();
    const ben = new Y.Doc();
    connect(ana, ben);
    connect(ben, ana);
    const seen: VariableSchema[] = [];
    observeDraftForm(ben, (next) => seen.push(next));
    // Two people changing different fields at once both keep their change.
    writeDraftForm(ana, [{ ...form[0]!, type: "multiline" }, form[1]!], "ana");
    writeDraftForm(ben, [{ ...form[0]!, type: "multiline" }, { ...form[1]!, required: true }], "ben");
    expect(readDraftForm(ben)).toEqual(readDraftForm(ana));
    expect(readDraftForm(ana).find((f) => f.name === "Request")?.type).toBe("multiline");
    expect(readDraftForm(ana).find((f) => f.name === "Strict")?.required).toBe(true);
    expect(seen.at(-1)?.find((f) => f.name === "Request")?.type).toBe("multiline");
  });

  it("skips a field another client stored malformed", () => {
    const doc = draft();
    doc.getMap("form").set("Evil", "{not json");
    doc.getMap("form").set("Other", JSON.stringify({ name: "Mismatch", type: "text" }));
    expect(readDraftForm(doc).map((f) => f.name)).toEqual(["Request", "Strict"]);
  });

  it("a save takes the saved form as the base; a restore replaces text and form", () => {
    const doc = draft();
    const changed = [{ ...form[0]!, type: "multiline" as const }, form[1]!];
    writeDraftForm(doc, changed, "me");
    markDraftSaved(doc, { number: 2, content: "Hello {{Request}}", variables: changed, byName: "Ana" }, "server");
    expect(draftDiffersFromBase(doc)).toBe(false);
    resetDraft(doc, { number: 3, content: "old", variables: form, byName: "Ana" }, "server");
    expect(readDraftForm(doc)).toEqual(form);
    expect(readDraftMeta(doc).base).toEqual({ number: 3, content: "old", variables: form });
  });

  it("a version from elsewhere does not move a draft whose form changed", () => {
    const doc = draft();
    writeDraftForm(doc, [{ ...form[0]!, description: "What to do" }, form[1]!], "me");
    receiveVersion(doc, { number: 2, content: "from the API", variables: [], byName: "bot" }, "server");
    expect(readDraftMeta(doc)).toMatchObject({ base: { number: 1 }, head: 2 });
    expect(readDraftForm(doc).find((f) => f.name === "Request")?.description).toBe("What to do");
  });

  it("drafts stored before forms lived in the draft take their version's form", () => {
    const doc = new Y.Doc();
    initDraft(doc, { number: 1, content: "text" }, "server");
    expect(readDraftMeta(doc).base?.variables).toBeUndefined();
    adoptVersionForm(doc, { number: 1, content: "text", variables: form }, "server");
    expect(readDraftForm(doc)).toEqual(form);
    expect(draftDiffersFromBase(doc)).toBe(false);
  });
});
