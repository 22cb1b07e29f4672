import { getDb, type Db } from "../db/client";
import { subscribe } from "../events/domain-events";
import { announceVersion } from "./announce-version";
import { collabRooms } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";

/**
 * Lets live drafts follow what use cases publish: a saved version reaches every open draft
 * (and a restore the stored one). The server subscribes once at start-up; tests subscribe with
 * their own database and rooms. Returns the function that unsubscribes.
 */
export function subscribeLiveDrafts({ db = getDb(), rooms = collabRooms() }: { db?: Db; rooms?: CollabRooms } = {}): () => void {
  return subscribe("version.saved", ({ documentId, number, content, byName, source, variables, restoredFrom }) =>
    announceVersion({ db, rooms, documentId, number, content, byName, source, variables, restoredFrom }),
  );
}
