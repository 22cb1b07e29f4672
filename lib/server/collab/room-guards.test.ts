import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { draftText, initDraft, markDraftSaved, noteDraftEditor } from "@/lib/core/collab/draft-doc";
import { CLOSE } from "./close-codes";
import { CollabRoom, MAX_DRAFT_BYTES } from "./collab-room";
import { DraftEncoding } from "./draft-encoding";
import { connect, memoryStore, presenceMessage, syncMessage } from "./room-test-clients";
import { changesDoc, decodeUpdate, DRAFT_ROOT_TYPES } from "./update-guard";

describe("a room accepts only a draft's own shared types", () => {
  it("allows every type the draft itself uses, and form settings", () => {
    const doc = new Y.Doc();
    initDraft(doc, { number: 1, content: "text" }, null);
    markDraftSaved(doc, { number: 2, content: "text", byName: "Ada" }, null);
    noteDraftEditor(doc, "Ada", null);
    for (const name of doc.share.keys()) expect(Object.keys(DRAFT_ROOT_TYPES)).toContain(name);
    expect(DRAFT_ROOT_TYPES.form).toBe("map");
  });

  it("refuses a change that creates another shared type: the socket closes and nothing is applied or stored", async () => {
    const store = memoryStore("text");
    const room = await CollabRoom.open("doc", store);
    const attacker = connect(room);
    const saves = store.saves;
    attacker.doc.transact(() => {
      attacker.text().insert(0, "smuggled with ");
      attacker.doc.getMap("junk").set("blob", "x".repeat(100_000));
    });
    expect(attacker.closed.code).toBe(CLOSE.unsupported.code);
    await room.flush();
    expect([...room.doc.share.keys()]).not.toContain("junk");
    expect(room.text()).toBe("text");
    expect(store.saves).toBe(saves);
  });

  it("refuses a list pushed under a map's name, and accepts form settings as a map", async () => {
    const room = await CollabRoom.open("doc", memoryStore("text"));
    const editor = connect(room);
    editor.doc.getMap("form").set("Request", { type: "text", label: "The request" });
    await room.flush();
    expect(room.doc.getMap("form").get("Request")).toEqual({ type: "text", label: "The request" });
    editor.doc.getArray("editors").push(["x".repeat(1000)]);
    expect(editor.closed.code).toBe(CLOSE.unsupported.code);
  });

  it("caps the whole draft's size, not just its text: data stuffed into the metadata is refused at the limit", async () => {
    const room = await CollabRoom.open("doc", memoryStore("text"));
    const editor = connect(room);
    const chunk = "y".repeat(3 * 1024 * 1024);
    for (let i = 0; i < 5 && !editor.closed.code; i++) {
      editor.doc.getMap("meta").set(`junk${i}`, chunk);
      await room.flush();
    }
    expect(editor.closed.code).toBe(CLOSE.tooLarge.code);
    expect(Y.encodeStateAsUpdate(room.doc).length).toBeLessThanOrEqual(MAX_DRAFT_BYTES);
    expect(room.doc.getMap("meta").has("junk3")).toBe(false);
  });

  it("counts deleted text for what it takes once deleted, so a draft edited for long stays editable", async () => {
    const room = await CollabRoom.open("doc", memoryStore(""));
    const editor = connect(room);
    const block = "z".repeat(1024 * 1024);
    for (let i = 0; i < 14; i++) {
      editor.text().insert(0, block);
      editor.text().delete(0, block.length);
    }
    await room.flush();
    expect(editor.closed.code).toBeUndefined();
    expect(room.text()).toBe("");
  });
});

describe("a viewer's messages cost the server little", () => {
  it("tells a no-op update from a change without copying the draft", () => {
    const doc = new Y.Doc();
    draftText(doc).insert(0, "hello world");
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const upToDate = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
    expect(changesDoc(doc, decodeUpdate(upToDate))).toBe(false);

    draftText(doc).delete(0, 6);
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    // Everything the copy deleted, the draft has deleted too.
    expect(changesDoc(doc, decodeUpdate(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc))))).toBe(false);

    const before = Y.encodeStateVector(copy);
    draftText(copy).delete(0, 2);
    expect(changesDoc(doc, decodeUpdate(Y.encodeStateAsUpdate(copy, before)))).toBe(true);
    const inserted = new Y.Doc();
    Y.applyUpdate(inserted, Y.encodeStateAsUpdate(doc));
    const sv = Y.encodeStateVector(inserted);
    draftText(inserted).insert(0, "!");
    expect(changesDoc(doc, decodeUpdate(Y.encodeStateAsUpdate(inserted, sv)))).toBe(true);
  });

  it("answers state requests from one encoding per change, however many ask", () => {
    const doc = new Y.Doc();
    draftText(doc).insert(0, "x".repeat(100_000));
    const encoding = new DraftEncoding(doc);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = encoding.diffFor(empty);
    expect(encoding.diffFor(empty)).toBe(first);
    const current = encoding.diffFor(Y.encodeStateVector(doc));
    expect(encoding.diffFor(Y.encodeStateVector(doc))).toBe(current);
    encoding.changed(1);
    draftText(doc).insert(0, "y");
    const after = encoding.diffFor(empty);
    expect(after).not.toBe(first);
    const check = new Y.Doc();
    Y.applyUpdate(check, after);
    expect(draftText(check).length).toBe(100_001);
  });

  it("closes a viewer that keeps sending updates, even empty ones", async () => {
    const room = await CollabRoom.open("doc", memoryStore("x".repeat(10_000)));
    const viewer = connect(room, { readOnly: true });
    const empty = syncMessage((encoder) => syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(viewer.doc, Y.encodeStateVector(room.doc))));
    for (let i = 0; i < 10 && !viewer.closed.code; i++) room.receive(viewer.peer, empty);
    expect(viewer.closed.code).toBe(CLOSE.rateLimited.code);
  });

  it("closes a participant that keeps asking for the whole draft", async () => {
    const room = await CollabRoom.open("doc", memoryStore("x".repeat(10_000)));
    const viewer = connect(room, { readOnly: true });
    const ask = syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, new Y.Doc()));
    for (let i = 0; i < 10 && !viewer.closed.code; i++) room.receive(viewer.peer, ask);
    expect(viewer.closed.code).toBe(CLOSE.rateLimited.code);
  });
});

describe("per-connection rate limits", () => {
  it("close a connection that sends too many messages a second", async () => {
    const room = await CollabRoom.open("doc", memoryStore("x"));
    const flooder = connect(room);
    const other = connect(room);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    let sent = 0;
    for (; sent < 2_000 && !flooder.closed.code; sent++) {
      awareness.setLocalStateField("cursor", sent);
      room.receive(flooder.peer, presenceMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])));
    }
    expect(flooder.closed.code).toBe(CLOSE.rateLimited.code);
    expect(sent).toBeLessThan(1_000);
    expect(other.closed.code).toBeUndefined();
  });

  it("close a connection that sends too many bytes a second", async () => {
    const room = await CollabRoom.open("doc", memoryStore("x"));
    const flooder = connect(room);
    const junk = new Uint8Array(1024 * 1024);
    junk[0] = 99; // a message type nobody handles: only its size counts
    let sent = 0;
    for (; sent < 40 && !flooder.closed.code; sent++) room.receive(flooder.peer, junk);
    expect(flooder.closed.code).toBe(CLOSE.rateLimited.code);
    expect(sent).toBeLessThan(20);
  });
});
