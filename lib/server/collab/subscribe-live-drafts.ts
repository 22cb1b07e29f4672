import { getDb, type Db } from "../db/client";
import { subscribe } from "../events/domain-events";
import { announceVersion } from "./announce-version";
import { collabRooms, liveConnections } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import type { LiveConnections } from "./live-connections";

/**
 * Lets live drafts follow what use cases publish: a saved version reaches every open draft
 * (and a restore the stored one); a role change or removal reaches that member's open sockets
 * (read-only, or closed) and a sign-out closes the session's sockets, at once. The server
 * subscribes once at start-up; tests subscribe with their own database and rooms. Returns the
 * function that unsubscribes.
 */
export function subscribeLiveDrafts({
  db = getDb(),
  rooms = collabRooms(),
  connections = liveConnections(),
}: { db?: Db; rooms?: CollabRooms; connections?: LiveConnections } = {}): () => void {
  const unsubscribe = [
    subscribe("version.saved", (saved) => announceVersion({ ...saved, db, rooms })),
    subscribe("membership.changed", ({ workspaceId, userId, role }) => connections.changeRole(workspaceId, userId, role)),
    subscribe("session.ended", ({ userId, sessionId }) => connections.endSession(userId, sessionId)),
  ];
  return () => unsubscribe.forEach((stop) => stop());
}
