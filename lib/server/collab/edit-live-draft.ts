import * as Y from "yjs";
import { getDb, type Db } from "../db/client";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import { databaseDraftStore } from "./live-draft-store";
import { LINK, RoomLink } from "./room-link";

export interface LiveDraftTarget {
  db?: Db;
  rooms?: CollabRooms;
  documentId: string;
}

/**
 * Runs `edit` on a document's live draft wherever it is: the open room's doc (everyone connected
 * sees the change, and the room stores it), or else the stored draft, whose changes are appended
 * to the store (and relayed to the rooms other instances have open). Returns undefined when there is no stored draft and no room (the next room
 * starts from the newest version).
 */
export async function editLiveDraft<T>({ db = getDb(), rooms = collabRooms(), documentId }: LiveDraftTarget, edit: (doc: Y.Doc) => Promise<T> | T): Promise<T | undefined> {
  const open = rooms.peek(documentId);
  if (open) return edit((await open).doc);
  const store = databaseDraftStore(db);
  const { state } = await store.load(documentId);
  if (!state) return undefined;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const changes: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => changes.push(update));
    const result = await edit(doc);
    if (changes.length > 0) {
      const update = Y.mergeUpdates(changes);
      await store.append(documentId, update);
      if (rooms.relay) new RoomLink(rooms.relay, documentId).send(LINK.update, update);
    }
    return result;
  } finally {
    doc.destroy();
  }
}
