import { getDb, type Db } from "../db/client";
import { processEventBus, type EventBus } from "../events/domain-events";
import { announceVersion } from "./announce-version";
import { collabRooms, liveConnections } from "./collab-registry";
import type { CollabRooms } from "./collab-rooms";
import type { LiveConnections } from "./live-connections";

/**
 * Lets live drafts follow what use cases publish: a saved version reaches every open draft
 * (and a restore the stored one); a role change or removal reaches that member's open sockets
 * (read-only, or closed) and a sign-out closes the session's sockets, at once, on every
 * instance. A version saved on another instance is applied there, to the stored draft, and
 * reaches this instance's rooms as a relayed change, never applied twice. The server subscribes
 * once at start-up; tests subscribe with their own bus, database and rooms. Returns the function
 * that unsubscribes.
 */
export function subscribeLiveDrafts({
  bus = processEventBus(),
  db = getDb(),
  rooms = collabRooms(),
  connections = liveConnections(),
}: { bus?: EventBus; db?: Db; rooms?: CollabRooms; connections?: LiveConnections } = {}): () => void {
  const unsubscribe = [
    bus.subscribe("version.saved", (saved, { remote }) => (remote ? undefined : announceVersion({ ...saved, db, rooms }))),
    bus.subscribe("membership.changed", ({ workspaceId, userId, role }) => connections.changeRole(workspaceId, userId, role)),
    bus.subscribe("session.ended", ({ userId, sessionId }) => connections.endSession(userId, sessionId)),
  ];
  return () => unsubscribe.forEach((stop) => stop());
}
