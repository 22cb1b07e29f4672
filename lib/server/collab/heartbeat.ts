import type { WebSocket, WebSocketServer } from "ws";

/** How often every live-draft socket is pinged; one that misses a ping's pong by the next is dropped. */
export const HEARTBEAT_INTERVAL_MS = 30_000;

/**
 * Pings every socket of `server` each `intervalMs` and terminates one that has not answered the
 * previous ping: a laptop that slept or a network that vanished leaves a half-open TCP
 * connection the server would otherwise keep for hours, with its presence shown to everyone
 * and its room never closing. Terminating fires the socket's usual `close`, so the peer leaves
 * its room (presence removed, the room closed when it was the last) exactly as on a normal
 * leave. Returns a function that stops the pings.
 */
export function startHeartbeat(server: WebSocketServer, intervalMs = HEARTBEAT_INTERVAL_MS): () => void {
  const awaitingPong = new WeakSet<WebSocket>();
  const watched = new WeakSet<WebSocket>();
  const timer = setInterval(() => {
    for (const socket of server.clients) {
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      if (!watched.has(socket)) {
        watched.add(socket);
        socket.on("pong", () => awaitingPong.delete(socket));
      }
      awaitingPong.add(socket);
      socket.ping();
    }
  }, intervalMs);
  // The pings never keep a stopping process alive.
  timer.unref();
  return () => clearInterval(timer);
}
