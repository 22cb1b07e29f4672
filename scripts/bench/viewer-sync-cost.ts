import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { draftText } from "@/lib/core/collab/draft-doc";
import { CollabRoom, type Peer } from "@/lib/server/collab/collab-room";
import { DraftEncoding } from "@/lib/server/collab/draft-encoding";
import { memoryStore } from "@/lib/server/collab/room-test-clients";

const ROUNDS = 200;

function perCall(run: () => void): number {
  const start = performance.now();
  for (let i = 0; i < ROUNDS; i++) run();
  return (performance.now() - start) / ROUNDS;
}

/**
 * What a viewer's sync messages cost the server on a 2 MB draft with a history of edits: its
 * no-op update (the answer to the server's state request) and its state request, each per
 * message, vs what the room did before (a copy of the whole draft per update; a fresh encoding
 * per request), measured in the same run.
 */
export async function viewerSyncCost(): Promise<string[]> {
  const room = await CollabRoom.open("bench", memoryStore("## Section\n\nYou are a careful assistant.\n".repeat(48_000)));
  const text = draftText(room.doc);
  for (let i = 0; i < 2_000; i++) room.doc.transact(() => (i % 2 ? text.delete(i * 500, 3) : text.insert(i * 500, "edit")));
  await room.flush();
  const viewerDoc = new Y.Doc();
  Y.applyUpdate(viewerDoc, Y.encodeStateAsUpdate(room.doc));
  const update = Y.encodeStateAsUpdate(viewerDoc, Y.encodeStateVector(room.doc));
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 0);
  syncProtocol.writeUpdate(message, update);
  const noOp = encoding.toUint8Array(message);

  // The room takes 5 such messages a connection (then 1 per 10 s): each round is a fresh viewer.
  const now = perCall(() => {
    const viewer: Peer = { readOnly: true, userId: "v", name: "viewer", send: () => {}, close: () => {} };
    room.join(viewer);
    room.receive(viewer, noOp);
    room.leave(viewer);
  });
  const before = perCall(() => {
    const probe = new Y.Doc();
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(room.doc));
    Y.applyUpdate(probe, update);
    probe.destroy();
  });
  const cache = new DraftEncoding(room.doc);
  const empty = Y.encodeStateVector(new Y.Doc());
  const cached = perCall(() => cache.diffFor(empty));
  const fresh = perCall(() => Y.encodeStateAsUpdate(room.doc, empty));
  const size = (Y.encodeStateAsUpdate(room.doc).length / 1024 / 1024).toFixed(1);
  return [
    `A viewer's sync messages on a ${size} MB draft, CPU per message over ${ROUNDS}:`,
    `  no-op update      ${now.toFixed(3)} ms   (before: a copy of the draft, ${before.toFixed(1)} ms; now at most 5 a connection, then 1 per 10 s)`,
    `  state request     ${cached.toFixed(3)} ms   (before: a fresh encoding, ${fresh.toFixed(1)} ms; at most 5 a connection, then 1 per 10 s)`,
  ];
}
