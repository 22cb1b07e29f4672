import * as awarenessProtocol from "y-protocols/awareness";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CollabRoom } from "./collab-room";
import { MAX_PRESENCE_BYTES } from "./presence-guard";
import { connect, memoryStore, presenceMessage } from "./room-test-clients";

/** A presence update as a (possibly hostile) client would craft it: client id, clock, state. */
function crafted(entries: Array<[number, number, unknown]>): Uint8Array {
  const source = new awarenessProtocol.Awareness(new Y.Doc());
  source.setLocalState(null);
  const states = new Map<number, unknown>();
  for (const [id, clock, state] of entries) {
    source.meta.set(id, { clock, lastUpdated: 0 });
    if (state !== null) states.set(id, state);
  }
  (source as unknown as { states: Map<number, unknown> }).states = states;
  return presenceMessage(awarenessProtocol.encodeAwarenessUpdate(source, entries.map(([id]) => id)));
}

async function roomWithTwo() {
  const room = await CollabRoom.open("doc", memoryStore("x"));
  const editor = connect(room);
  const viewer = connect(room, { readOnly: true });
  room.receive(editor.peer, crafted([[1001, 1, { user: { id: "u-editor", name: "editor", color: "#2563eb", readOnly: false }, cursor: 3 }]]));
  return { room, editor, viewer };
}

describe("presence is validated per client", () => {
  it("nobody can delete or overwrite another participant's presence", async () => {
    const { room, viewer } = await roomWithTwo();
    room.receive(viewer.peer, crafted([[1001, 2, null]]));
    expect(room.awareness.getStates().get(1001)).toMatchObject({ cursor: 3 });
    room.receive(viewer.peer, crafted([[1001, 5, { user: { id: "u-viewer", name: "viewer" }, cursor: 99 }]]));
    expect(room.awareness.getStates().get(1001)).toMatchObject({ cursor: 3, user: { name: "editor" } });
  });

  it("the owner can update and clear its own presence; leaving clears it for everyone", async () => {
    const { room, editor, viewer } = await roomWithTwo();
    expect(viewer.awareness.getStates().get(1001)).toMatchObject({ user: { name: "editor" } });
    room.receive(editor.peer, crafted([[1001, 2, { user: { id: "u-editor", name: "editor" }, cursor: 7 }]]));
    expect(room.awareness.getStates().get(1001)).toMatchObject({ cursor: 7 });
    room.receive(editor.peer, crafted([[1001, 3, null]]));
    expect(room.awareness.getStates().has(1001)).toBe(false);
    room.receive(editor.peer, crafted([[1001, 4, { user: { id: "u-editor", name: "editor" } }]]));
    room.leave(editor.peer);
    expect(viewer.awareness.getStates().has(1001)).toBe(false);
  });

  it("the same person reconnecting takes over their own client id; someone else cannot", async () => {
    const { room } = await roomWithTwo();
    const again = connect(room); // the same editor's page, reconnected
    room.receive(again.peer, crafted([[1001, 2, { user: { id: "u-editor", name: "editor" }, cursor: 8 }]]));
    expect(room.awareness.getStates().get(1001)).toMatchObject({ cursor: 8 });
    const stranger = connect(room, { userId: "u-other", name: "other" });
    room.receive(stranger.peer, crafted([[1001, 3, null]]));
    expect(room.awareness.getStates().has(1001)).toBe(true);
  });

  it("a viewer's claim to edit, a forged name and a colour that is not a plain hex colour are corrected", async () => {
    const { room, viewer } = await roomWithTwo();
    room.receive(viewer.peer, crafted([[2002, 1, { user: { id: "u-owner", name: "The Owner", readOnly: false, color: "red;background:url(//evil)" } }]]));
    expect(room.awareness.getStates().get(2002)).toEqual({ user: { id: "u-viewer", name: "viewer", readOnly: true } });
    room.receive(viewer.peer, crafted([[2002, 2, { user: { id: "u-viewer", name: "viewer", color: "#16A34A" } }]]));
    expect(room.awareness.getStates().get(2002)).toEqual({ user: { id: "u-viewer", name: "viewer", readOnly: true, color: "#16A34A" } });
  });

  it("a state over 4 KiB is dropped, not relayed", async () => {
    const { room, editor, viewer } = await roomWithTwo();
    room.receive(editor.peer, crafted([[1001, 2, { user: { id: "u-editor", name: "editor" }, blob: "x".repeat(MAX_PRESENCE_BYTES) }]]));
    expect(room.awareness.getStates().get(1001)).toMatchObject({ cursor: 3 });
    expect(viewer.awareness.getStates().get(1001)).not.toHaveProperty("blob");
  });

  it("one connection cannot fill the room with presence under many client ids", async () => {
    const { room, viewer } = await roomWithTwo();
    room.receive(viewer.peer, crafted(Array.from({ length: 50 }, (_, i): [number, number, unknown] => [3000 + i, 1, { user: {} }])));
    expect([...room.awareness.getStates().keys()].filter((id) => id >= 3000).length).toBeLessThanOrEqual(4);
  });

  it("a participant made read-only is told so, and the others see it in their presence", async () => {
    const { room, editor, viewer } = await roomWithTwo();
    room.setReadOnly(editor.peer, true);
    expect(editor.access).toEqual([true]);
    expect(viewer.awareness.getStates().get(1001)).toMatchObject({ user: { readOnly: true }, cursor: 3 });
    editor.text().insert(0, "no longer allowed ");
    expect(editor.closed.code).toBe(4403);
    expect(room.text()).toBe("x");
  });
});
