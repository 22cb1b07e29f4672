import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../access/actor";
import type { Db } from "../db/client";
import { createDocument } from "../documents/create-document";
import { createTestDb, testWorkspaceId } from "../testing/test-db";
import { CollabRooms } from "./collab-rooms";
import { databaseDraftStore, type LiveDraftStore } from "./live-draft-store";
import { connect, memoryStore, storedText } from "./room-test-clients";
import { CollabRoom } from "./collab-room";

describe("acknowledged means stored", () => {
  it("relays nothing to the others before it is stored", async () => {
    const store = memoryStore("text");
    const room = await CollabRoom.open("doc", store);
    const writer = connect(room);
    const reader = connect(room);
    let release = () => {};
    const append = store.append;
    store.append = (id, update) => new Promise((resolve) => (release = () => void append(id, update).then(resolve)));
    writer.text().insert(0, "typed ");
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reader.text().toString()).toBe("text"); // the write is still in progress
    // A page joining now is not sent the change either.
    const late = connect(room);
    expect(late.text().toString()).toBe("");
    release();
    await room.flush();
    expect(reader.text().toString()).toBe("typed text");
    expect(late.text().toString()).toBe("typed text");
    expect(storedText(store)).toBe("typed text");
  });

  it("stores changes arriving together in one group commit", async () => {
    const store = memoryStore("");
    const room = await CollabRoom.open("doc", store);
    const writers = Array.from({ length: 5 }, () => connect(room));
    const saves = store.saves;
    writers.forEach((writer, index) => writer.text().insert(0, `${index}`));
    await room.flush();
    expect(store.saves - saves).toBe(1);
    expect(room.text()).toHaveLength(5);
  });
});

describe("after a crash (kill -9) every edit another participant saw is in the stored draft", () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeEach(() => ({ db, cleanup } = createTestDb()));
  afterEach(() => cleanup());

  it("with nobody reconnecting to send anything again", async () => {
    const workspaceId = await testWorkspaceId(db);
    const { slug } = await createDocument({ db, actor: SYSTEM_ACTOR, workspaceId, input: { title: "Crash", format: "plain", authorName: "Ana" } });
    const { id: documentId } = await db.document.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // The process dies at a moment of the test's choosing: from then on nothing more is written.
    let crashed = false;
    const real = databaseDraftStore(db);
    const dying: LiveDraftStore = { ...real, append: (id, update) => (crashed ? new Promise(() => {}) : real.append(id, update)) };
    const room = await new CollabRooms(dying).open(documentId);
    const writer = connect(room, { name: "writer" });
    const reader = connect(room, { readOnly: true });
    let seen = "";
    reader.doc.on("update", () => {
      // The crash comes right after the reader saw the 120th edit.
      if (!crashed && reader.text().toString().includes("<119>")) {
        crashed = true;
        seen = reader.text().toString();
      }
    });
    for (let i = 0; i < 200; i++) {
      writer.text().insert(writer.text().length, `<${i}>`);
      if (i % 7 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(crashed).toBe(true);

    const restarted = await new CollabRooms(databaseDraftStore(db)).open(documentId);
    const seenEdits = seen.match(/<\d+>/g) ?? [];
    expect(seenEdits.length).toBeGreaterThanOrEqual(120);
    for (const edit of seenEdits) expect(restarted.text()).toContain(edit);
  });
});
