import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { refuseUpgrade } from "./answer-upgrade";
import { COLLAB_PATH, handleCollabUpgrade } from "./handle-collab-upgrade";

type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => unknown;

/**
 * Where a websocket upgrade goes: /collab/<slug> to the live drafts; in development, Next's own
 * paths (hot reloading) to Next. Anything else is answered 404 rather than left hanging, and a
 * failure while joining is answered 500.
 */
export function routeUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, { next }: { next?: UpgradeHandler } = {}): void {
  // A client that vanishes mid-handshake must not take the server down with an unhandled error.
  socket.on("error", () => socket.destroy());
  const url = request.url ?? "";
  if (url.startsWith(COLLAB_PATH)) {
    handleCollabUpgrade(request, socket, head).catch((error: unknown) => {
      console.error("Could not join a live draft:", error);
      refuseUpgrade(socket, 500, "Could not join the live draft.");
    });
    return;
  }
  if (next && url.startsWith("/_next/")) {
    void next(request, socket, head);
    return;
  }
  refuseUpgrade(socket, 404, "There is no websocket here.");
}
