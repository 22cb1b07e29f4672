import { createServer } from "node:http";
import next from "next";
import { handleApiRequest } from "./lib/server/api/v1/router";
import { DatabaseStartupError, prepareDatabase } from "./lib/server/db/prepare-database";
import { databaseIsDown } from "./lib/server/db/probe-database";
import { createRequestListener } from "./lib/server/http/serve-request";
import { closeConnectionsGently } from "./lib/server/http/staged-close";
import { getSessionUser } from "./lib/server/auth/get-session-user";
import { remoteImagesAllowedForPage } from "./lib/server/workspaces/remote-images-allowed";
import { collabRooms } from "./lib/server/collab/collab-registry";
import { subscribeLiveDrafts } from "./lib/server/collab/subscribe-live-drafts";
import { closeCollabConnections, startCollabHeartbeat } from "./lib/server/collab/handle-collab-upgrade";
import { routeUpgrade } from "./lib/server/collab/route-upgrade";
import { subscribeReadCache } from "./lib/server/cache/subscribe-read-cache";
import { connectInstances } from "./lib/server/instances/process-relay";

/**
 * The app's one entry point: a plain Node HTTP server. The HTTP API (/api/v1) is served here
 * directly, for speed; every page and server action goes to Next. Websocket upgrades to
 * /collab/<slug> join a document's live draft on the same origin and port (see route-upgrade.ts).
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? "localhost";

  await prepareDatabase();
  // On PostgreSQL other instances may serve the same documents: events and live drafts are
  // relayed between them (before any room opens, so every room is linked).
  const relay = await connectInstances();
  // Use cases publish domain events after commit; live drafts and the read cache follow them.
  subscribeLiveDrafts();
  subscribeReadCache();
  // Half-open sockets (a sleeping laptop, a dropped network) are found by ping and dropped.
  const stopHeartbeat = startCollabHeartbeat();

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();

  // Security headers go on every response, and malformed addresses and oversized bodies are
  // refused here once, before Next sees them (lib/server/http/serve-request.ts).
  // Next writes a response in several pieces; without TCP_NODELAY, Nagle's algorithm holds
  // the last one back until the client's delayed ACK (about 40 ms per request).
  const server = createServer(
    { noDelay: true },
    createRequestListener({
      api: handleApiRequest,
      next: handle,
      dev,
      databaseIsDown: () => databaseIsDown(),
      remoteImages: (pathname, req) =>
        remoteImagesAllowedForPage({ pathname, user: () => getSessionUser(new Headers({ cookie: req.headers.cookie ?? "" })) }),
    }),
  );
  server.on("connection", (socket) => socket.setNoDelay(true));
  // A refusal answered while the client still sends its body must reach it (staged-close.ts).
  closeConnectionsGently(server);
  // Live drafts, Next's hot reloading in development; every other upgrade is answered 404.
  server.on("upgrade", (req, socket, head) => routeUpgrade(req, socket, head, { next: dev ? upgrade : undefined }));
  server.listen(port, hostname, () => {
    console.log(`Dramatis is running at http://${hostname}:${port} (${dev ? "development" : "production"})`);
  });

  // Live drafts are written shortly after each change; a stop writes the pending ones first.
  // Open websockets would keep the server from closing: they are ended (browsers reconnect).
  const stop = () => {
    stopHeartbeat();
    closeCollabConnections();
    server.close(() => void collabRooms().flushAll().then(() => relay?.close()).finally(() => process.exit(0)));
    server.closeAllConnections();
    setTimeout(() => process.exit(1), 5_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  // A database that cannot be reached is a configuration problem: one line says what to check.
  console.error(error instanceof DatabaseStartupError ? error.message : error);
  process.exit(error instanceof DatabaseStartupError ? 2 : 1);
});
