import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { AppError } from "../errors";
import { refuseUpgrade } from "../http/error-response";
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
    // An unexpected failure is logged and answered 500 by the one error mapping.
    handleCollabUpgrade(request, socket, head).catch((error: unknown) => refuseUpgrade(socket, error));
    return;
  }
  if (next && url.startsWith("/_next/")) {
    void next(request, socket, head);
    return;
  }
  refuseUpgrade(socket, new AppError("not_found", "There is no websocket here."));
}
