import { createServer } from "node:http";
import { handleApiRequest } from "@/lib/server/api/v1/router";
import { createRequestListener } from "@/lib/server/http/serve-request";

/**
 * The /api/v1 half of server.ts in a process of its own (no Next build needed), for
 * `npm run bench:sync`: DATABASE_URL and PORT from the environment; prints "ready" once listening.
 */
const server = createServer(
  createRequestListener({
    api: handleApiRequest,
    next: async (_req, res) => {
      res.statusCode = 404;
      res.end();
    },
  }),
);
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
