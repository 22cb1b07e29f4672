import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftText, initDraft, markDraftSaved, markHeadVersion, noteDraftEditor, observeDraftMeta, readDraftMeta, receiveVersion, replaceDraftText } from "./draft-doc";

function draft(content = "v1 text") {
  const doc = new Y.Doc();
  initDraft(doc, { number: 1, content }, "server");
  return doc;
}

describe("live draft documents", () => {
  it("start as a copy of the newest version, based on it", () => {
    const doc = draft();
    expect(draftText(doc).toString()).toBe("v1 text");
    expect(readDraftMeta(doc)).toEqual({ base: { number: 1, content: "v1 text" }, head: 1, savedBy: null, editors: [], notice: null });
  });

  it("list who changed the text since the base, once each, until the next save", () => {
    const doc = draft();
    noteDraftEditor(doc, "Ada", "me");
    noteDraftEditor(doc, "Grace", "me");
    noteDraftEditor(doc, "Ada", "me");
    expect(readDraftMeta(doc).editors).toEqual(["Ada", "Grace"]);
    markDraftSaved(doc, { number: 2, content: "v2 text", byName: "Grace" }, "server");
    expect(readDraftMeta(doc)).toEqual({ base: { number: 2, content: "v2 text" }, head: 2, savedBy: "Grace", editors: [], notice: null });
  });

  it("note a newer version saved elsewhere without moving the base", () => {
    const doc = draft();
    markHeadVersion(doc, 3, "server");
    markHeadVersion(doc, 2, "server"); // an older announcement arriving late changes nothing
    expect(readDraftMeta(doc)).toMatchObject({ base: { number: 1 }, head: 3 });
  });

  it("replace the text in place, so a concurrent edit elsewhere survives", () => {
    const server = draft("keep this. old middle. keep that.");
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    draftText(client).insert(0, ">> ");
    replaceDraftText(server, "keep this. new middle. keep that.", "server");
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(draftText(server).toString()).toBe(">> keep this. new middle. keep that.");
    expect(draftText(client).toString()).toBe(draftText(server).toString());
  });

  it("tell observers about saves made by another participant", () => {
    const server = draft();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const seen: number[] = [];
    const stop = observeDraftMeta(client, (meta) => seen.push(meta.base?.number ?? 0));
    server.on("update", (update: Uint8Array) => Y.applyUpdate(client, update));
    markDraftSaved(server, { number: 2, content: "v1 text", byName: "Ada" }, "server");
    stop();
    markDraftSaved(server, { number: 3, content: "v1 text", byName: "Ada" }, "server");
    expect(seen.at(-1)).toBe(2);
    expect(readDraftMeta(client).base?.number).toBe(3);
  });

  it("move a draft nobody changed to a version saved elsewhere, but keep a changed one", () => {
    const clean = draft("v1 text");
    receiveVersion(clean, { number: 2, content: "v2 from the API", byName: "bot" }, "server");
    expect(draftText(clean).toString()).toBe("v2 from the API");
    expect(readDraftMeta(clean)).toMatchObject({ base: { number: 2 }, head: 2, savedBy: "bot" });

    const changed = draft("v1 text");
    draftText(changed).insert(0, "mine: ");
    receiveVersion(changed, { number: 2, content: "v2 from the API", byName: "bot" }, "server");
    expect(draftText(changed).toString()).toBe("mine: v1 text");
    expect(readDraftMeta(changed)).toMatchObject({ base: { number: 1 }, head: 2 });
  });
});
