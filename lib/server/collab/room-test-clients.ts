import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { MESSAGE_ACCESS, readAccessMessage } from "@/lib/core/collab/access-message";
import { DRAFT_TEXT, type DraftBase } from "@/lib/core/collab/draft-doc";
import type { CollabRoom, Peer } from "./collab-room";
import type { LiveDraftStore } from "./live-draft-store";

// For the collab tests: a store in memory and clients speaking the protocol to a room directly.

export function memoryStore(headContent = "head text") {
  const updates = new Map<string, Uint8Array[]>();
  const stored = (id: string) => {
    const parts = updates.get(id) ?? [];
    return parts.length === 0 ? null : Y.mergeUpdates(parts);
  };
  const store: LiveDraftStore & { saves: number; compactions: number; head: DraftBase; stored: typeof stored } = {
    saves: 0,
    compactions: 0,
    head: { number: 1, content: headContent },
    stored,
    load: async (id: string) => ({ state: stored(id), appended: updates.get(id)?.length ?? 0, head: store.head }),
    append: async (id: string, update: Uint8Array) => {
      updates.set(id, [...(updates.get(id) ?? []), update]);
      store.saves++;
    },
    createIfAbsent: async (id: string, state: Uint8Array) => {
      if (!stored(id)) updates.set(id, [state]);
      return stored(id)!;
    },
    compact: async (id: string, state: Uint8Array) => {
      updates.set(id, [state]);
      store.saves++;
      store.compactions++;
    },
  };
  return store;
}

export function storedText(store: ReturnType<typeof memoryStore>, id = "doc"): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.stored(id)!);
  return doc.getText(DRAFT_TEXT).toString();
}

export function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function presenceMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A client speaking the y-websocket sync protocol to a room, as a browser would. */
export function connect(room: CollabRoom, options: { readOnly?: boolean; userId?: string; name?: string } = {}) {
  const readOnly = options.readOnly ?? false;
  const userId = options.userId ?? (readOnly ? "u-viewer" : "u-editor");
  const name = options.name ?? (readOnly ? "viewer" : "editor");
  const doc = new Y.Doc();
  const closed: { code?: number } = {};
  const access: boolean[] = [];
  const awareness = new awarenessProtocol.Awareness(doc);
  const peer: Peer = {
    readOnly,
    userId,
    name,
    send: (data) => {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (type === MESSAGE_ACCESS) access.push(readAccessMessage(decoder).readOnly);
      if (type === 1) awarenessProtocol.applyAwarenessUpdate(awareness, decoding.readVarUint8Array(decoder), "server");
      if (type !== 0) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, 0);
      syncProtocol.readSyncMessage(decoder, reply, doc, "server");
      if (encoding.length(reply) > 1) room.receive(peer, encoding.toUint8Array(reply));
    },
    close: (code) => {
      closed.code = code;
      room.leave(peer);
    },
  };
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === "server" || closed.code) return;
    room.receive(peer, syncMessage((encoder) => syncProtocol.writeUpdate(encoder, update)));
  });
  room.join(peer);
  // As y-websocket does on connecting: ask for the server's state.
  room.receive(peer, syncMessage((encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
  return { doc, text: () => doc.getText(DRAFT_TEXT), closed, peer, access, awareness };
}
