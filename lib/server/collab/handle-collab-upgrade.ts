import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { can } from "@/lib/core/access/roles";
import { authorizeDocument } from "../access/authorize";
import { getSessionUser } from "../auth/get-session-user";
import { isAppError } from "../errors";
import { collabRooms } from "./collab-registry";

export const COLLAB_PATH = "/collab/";

// A draft holds the text and its base version (2 MB each at most) plus their history.
let wss: WebSocketServer | undefined;
const sockets = () => (wss ??= new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 }));

/**
 * Upgrades /collab/<slug> to the document's live draft, on the app's own origin and port.
 * The session cookie decides who is connecting and the same authorization as everywhere
 * else decides whether they may read (join) and edit (send changes); refusals are answered
 * as HTTP before the upgrade (401 signed out, 404 unknown or outside their workspaces,
 * 403 another site's page).
 */
export async function handleCollabUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
  const slug = decodeURIComponent((request.url ?? "").slice(COLLAB_PATH.length).split("?")[0] ?? "");
  const origin = request.headers.origin;
  if (origin && new URL(origin).host !== request.headers.host) return refuse(socket, 403, "Forbidden");
  const user = await getSessionUser(new Headers({ cookie: request.headers.cookie ?? "" }));
  if (!user) return refuse(socket, 401, "Unauthorized");
  let access;
  try {
    access = await authorizeDocument({ actor: user, slug, permission: "document.read" });
  } catch (error) {
    if (isAppError(error)) return refuse(socket, error.code === "forbidden" ? 403 : 404, "Not Found");
    throw error;
  }
  const rooms = collabRooms();
  const room = await rooms.open(access.documentId);
  let joined = false;
  // A handshake that fails after the room opened must not keep the room open.
  socket.once("close", () => {
    if (!joined) void rooms.release(room);
  });
  sockets().handleUpgrade(request, socket, head, (ws: WebSocket) => {
    joined = true;
    const peer = {
      readOnly: !can(access.role, "document.edit"),
      userId: user.id,
      name: user.name,
      send: (data: Uint8Array) => {
        if (ws.readyState === ws.OPEN) ws.send(data);
      },
      close: (code: number, reason: string) => ws.close(code, reason),
    };
    room.join(peer);
    ws.on("message", (data: Buffer) => {
      try {
        room.receive(peer, new Uint8Array(data));
      } catch {
        ws.close(1007, "Malformed message");
      }
    });
    ws.on("close", () => {
      room.leave(peer);
      void rooms.release(room);
    });
  });
}

/** Before the process stops: ends every live-draft connection (browsers reconnect to the next one). */
export function closeCollabConnections(): void {
  for (const client of wss?.clients ?? []) client.close(1012, "The server is restarting");
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
