import { createServer } from "node:http";
import next from "next";
import { prepareDatabase } from "./lib/server/db/prepare-database";

/**
 * The app's one entry point: a plain Node HTTP server that hands requests to Next. It exists
 * (rather than `next start`) so that websocket upgrades for real-time co-editing can be served
 * on the same origin and port later; every other upgrade goes to Next (dev-mode HMR).
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? "localhost";

  await prepareDatabase();

  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on("upgrade", (req, socket, head) => {
    void upgrade(req, socket, head);
  });
  server.listen(port, hostname, () => {
    console.log(`Dramatis is running at http://${hostname}:${port} (${dev ? "development" : "production"})`);
  });

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
