import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { can } from "@/lib/core/access/roles";
import { authorizeDocument } from "../access/authorize";
import { readSession } from "../auth/read-session";
import { AppError, isAppError } from "../errors";
import { refuseUpgrade } from "../http/error-response";
import { CLOSE } from "./close-codes";
import { collabRooms, liveConnections } from "./collab-registry";
import { MAX_DRAFT_BYTES, type Peer } from "./collab-room";
import { HEARTBEAT_INTERVAL_MS, startHeartbeat } from "./heartbeat";

export const COLLAB_PATH = "/collab/";

// One message holds at most a whole draft (a client that rejoins a restarted room sends all it has).
let wss: WebSocketServer | undefined;
const sockets = () => (wss ??= new WebSocketServer({ noServer: true, maxPayload: MAX_DRAFT_BYTES + 64 * 1024 }));

/**
 * Upgrades /collab/<slug> to the document's live draft, on the app's own origin and port.
 * The session cookie decides who is connecting and the same authorization as everywhere
 * else decides whether they may read (join) and edit (send changes); refusals are answered
 * as HTTP before the upgrade (400 malformed address, 401 signed out, 404 unknown or outside
 * their workspaces, 403 another site's page). The open socket then follows the rights: see
 * LiveConnections.
 */
export async function handleCollabUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const slug = slugOf(request.url ?? "");
  if (slug === null) return refuseUpgrade(socket, new AppError("invalid_input", "Malformed live-draft address."));
  if (!sameOrigin(request)) return refuseUpgrade(socket, new AppError("forbidden", "Live drafts open only from this app's own pages."));
  const session = await readSession(new Headers({ cookie: request.headers.cookie ?? "" }));
  if (!session) return refuseUpgrade(socket, new AppError("unauthorized", "Sign in to join the live draft."));
  let access;
  try {
    access = await authorizeDocument({ actor: session.user, slug, permission: "document.read" });
  } catch (error) {
    // 404 outside the person's workspaces, exactly as for a document that does not exist.
    if (isAppError(error)) return refuseUpgrade(socket, error);
    throw error;
  }
  const rooms = collabRooms();
  const room = await rooms.open(access.documentId);
  let joined = false;
  // A handshake that fails after the room opened must not keep the room open.
  socket.once("close", () => {
    if (!joined) void rooms.release(room).catch((error: unknown) => console.error("Could not store the live draft:", error));
  });
  sockets().handleUpgrade(request, socket, head, (ws: WebSocket) => {
    joined = true;
    let open = true;
    const peer: Peer = {
      readOnly: !can(access.role, "document.edit"),
      userId: session.user.id,
      name: session.user.name,
      send: (data: Uint8Array) => {
        if (open && ws.readyState === ws.OPEN) ws.send(data);
      },
      // Ends at once: nothing more is read from or sent to the socket while it closes.
      close: (code: number, reason: string) => {
        if (!open) return;
        open = false;
        room.leave(peer);
        ws.close(code, reason);
      },
    };
    const untrack = liveConnections().add({
      peer,
      room,
      user: session.user,
      sessionId: session.sessionId,
      sessionExpiresAt: session.expiresAt,
      workspaceId: access.workspaceId,
      documentId: access.documentId,
    });
    room.join(peer);
    ws.on("message", (data: Buffer) => {
      if (!open) return;
      try {
        room.receive(peer, new Uint8Array(data));
      } catch {
        peer.close(CLOSE.malformed.code, CLOSE.malformed.reason);
      }
    });
    ws.on("close", () => {
      open = false;
      untrack();
      room.leave(peer);
      void rooms.release(room).catch((error: unknown) => console.error("Could not store the live draft:", error));
    });
  });
}

/**
 * Pings every live-draft socket each `intervalMs` (30 s) and drops the ones that stopped
 * answering, with their presence (see heartbeat.ts). server.ts starts it; returns stop.
 */
export function startCollabHeartbeat(intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  return startHeartbeat(sockets(), intervalMs);
}

/** Before the process stops: ends every live-draft connection (browsers reconnect to the next one). */
export function closeCollabConnections(): void {
  for (const client of wss?.clients ?? []) client.close(1012, "The server is restarting");
}

function slugOf(url: string): string | null {
  try {
    const slug = decodeURIComponent(url.slice(COLLAB_PATH.length).split("?")[0] ?? "");
    return slug.length > 0 && !slug.includes("/") ? slug : null;
  } catch {
    return null; // %ZZ and the like
  }
}

/** Browsers send their page's origin: it must be this host (a missing one is a non-browser client). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything unparsable
  }
}
