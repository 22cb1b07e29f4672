import * as awarenessProtocol from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DRAFT_TEXT, readDraftMeta } from "@/lib/core/collab/draft-doc";
import { MAX_CONTENT_BYTES } from "@/lib/contracts/documents";
import { CLOSE_READ_ONLY, CLOSE_TOO_LARGE, CollabRoom, MAX_DRAFT_TEXT_LENGTH } from "./collab-room";
import { CollabRooms } from "./collab-rooms";
import { connect, memoryStore, presenceMessage } from "./room-test-clients";

describe("live drafts", () => {
  it("start from the newest version and converge for editors typing at once", async () => {
    const room = await CollabRoom.open("doc", memoryStore("Hello"));
    const editors = Array.from({ length: 5 }, () => connect(room));
    expect(editors.map((e) => e.text().toString())).toEqual(Array(5).fill("Hello"));
    for (let round = 0; round < 20; round++) {
      editors.forEach((editor, index) => editor.text().insert(editor.text().length, `[${index}:${round}]`));
    }
    await room.flush(); // relayed once stored
    const texts = new Set([room.text(), ...editors.map((e) => e.text().toString())]);
    expect(texts.size).toBe(1);
    for (let index = 0; index < 5; index++) for (let round = 0; round < 20; round++) expect(room.text()).toContain(`[${index}:${round}]`);
  });

  it("refuse a viewer's changes on the server and close their connection, but let them follow", async () => {
    const room = await CollabRoom.open("doc", memoryStore("Shared"));
    const editor = connect(room);
    const viewer = connect(room, { readOnly: true });
    expect(viewer.closed.code).toBeUndefined();
    editor.text().insert(6, "!");
    await room.flush();
    expect(viewer.text().toString()).toBe("Shared!");
    viewer.text().insert(0, "HACKED ");
    expect(viewer.closed.code).toBe(CLOSE_READ_ONLY);
    expect(room.text()).toBe("Shared!");
    expect(editor.text().toString()).toBe("Shared!");
  });

  it("keep the draft across a restart: a new room loads what was stored", async () => {
    const store = memoryStore("v1 text");
    const rooms = new CollabRooms(store);
    const room = await rooms.open("doc");
    const editor = connect(room);
    expect(store.saves).toBe(1); // the new draft, stored as soon as it exists
    editor.text().insert(0, "typed ");
    room.leave(editor.peer);
    await rooms.release(room);
    expect(store.saves).toBe(2);

    const restarted = new CollabRooms(store);
    const again = await restarted.open("doc");
    expect(again.text()).toBe("typed v1 text");
    expect(connect(again).text().toString()).toBe("typed v1 text");
  });

  it("merge edits made while disconnected when the client comes back", async () => {
    const room = await CollabRoom.open("doc", memoryStore("abc"));
    const online = connect(room);
    const offline = connect(room);
    room.leave(offline.peer);
    // Typed while the connection was down: kept locally.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(offline.doc));
    local.getText(DRAFT_TEXT).insert(0, "X");
    online.text().insert(3, "Y");
    const back = connect(room);
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(local));
    await room.flush();
    expect(room.text()).toBe("XabcY");
    expect(online.text().toString()).toBe("XabcY");
  });

  it("do not duplicate the text when a client that outlived its room reconnects to a new one", async () => {
    const store = memoryStore("one line");
    const rooms = new CollabRooms(store);
    const room = await rooms.open("doc");
    const client = connect(room);
    room.leave(client.peer);
    await rooms.release(room); // nobody typed; the room closes
    const again = await rooms.open("doc");
    const back = connect(again);
    Y.applyUpdate(back.doc, Y.encodeStateAsUpdate(client.doc));
    expect(again.text()).toBe("one line");
  });

  it("catch up on opening with versions saved while nobody was connected", async () => {
    const store = memoryStore("v1");
    const rooms = new CollabRooms(store);
    await rooms.release(await rooms.open("doc"));
    store.head = { number: 4, content: "v4 from the API" };
    const again = await rooms.open("doc");
    // Nobody had changed the draft: it moves to the new version.
    expect(readDraftMeta(again.doc)).toMatchObject({ base: { number: 4, content: "v4 from the API" }, head: 4 });
    expect(again.text()).toBe("v4 from the API");

    const editor = connect(again);
    editor.text().insert(0, "unsaved ");
    again.leave(editor.peer);
    await rooms.release(again);
    store.head = { number: 5, content: "v5 from the API" };
    const third = await rooms.open("doc");
    // A changed draft keeps its text and base; its next save merges with v5.
    expect(readDraftMeta(third.doc)).toMatchObject({ base: { number: 4 }, head: 5 });
    expect(third.text()).toBe("unsaved v4 from the API");
  });

  it("show presence only under the name the session gives", async () => {
    const room = await CollabRoom.open("doc", memoryStore("x"));
    const editor = connect(room);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalStateField("user", { id: "u-owner", name: "The Owner" });
    room.receive(editor.peer, presenceMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])));
    expect(room.awareness.getStates().get(awareness.clientID)).toMatchObject({ user: { id: "u-editor", name: "editor" } });
  });

  it("refuse a change that would make the draft far larger than a document may be", async () => {
    const room = await CollabRoom.open("doc", memoryStore("small"));
    const editor = connect(room);
    editor.text().insert(5, "x".repeat(MAX_CONTENT_BYTES)); // over the save limit: still a draft
    expect(editor.closed.code).toBeUndefined();
    editor.text().insert(5, "x".repeat(MAX_DRAFT_TEXT_LENGTH - MAX_CONTENT_BYTES));
    expect(editor.closed.code).toBe(CLOSE_TOO_LARGE);
    expect(room.text()).toHaveLength(5 + MAX_CONTENT_BYTES);
  });

  it("append small changes while people type and fold them into the stored state now and then", async () => {
    const store = memoryStore("x");
    const rooms = new CollabRooms(store);
    for (let visit = 0; visit < 25; visit++) {
      const room = await rooms.open("doc");
      const editor = connect(room);
      editor.text().insert(0, `${visit % 10}`);
      room.leave(editor.peer);
      await rooms.release(room);
    }
    expect(store.compactions).toBe(1);
    const again = await rooms.open("doc");
    expect(again.text()).toBe("4321098765432109876543210x");
  });

  it("keep changes whose write failed and write them with the next one", async () => {
    const store = memoryStore("x");
    const room = await CollabRoom.open("doc", store);
    const editor = connect(room);
    const append = store.append;
    store.append = async () => {
      throw new Error("database busy");
    };
    editor.text().insert(0, "a");
    await expect(room.flush()).rejects.toThrow("database busy");
    store.append = append;
    editor.text().insert(0, "b");
    await room.flush();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, store.stored("doc")!);
    expect(stored.getText(DRAFT_TEXT).toString()).toBe("bax");
  });
});
