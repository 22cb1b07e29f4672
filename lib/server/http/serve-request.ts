import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiRequest, ApiResponse } from "./api-types";
import { serveApi } from "./node-adapter";
import { refuseMalformedRequest } from "./request-limits";

export interface RequestRoutes {
  /** The /api/v1 router. */
  api: (request: ApiRequest) => Promise<ApiResponse>;
  /** Everything else: Next's request handler. */
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

/**
 * The HTTP path of server.ts: checks every request once (malformed addresses, bodies over their
 * path's limit), then serves /api/v1 directly and hands the rest to Next.
 */
export function createRequestListener(routes: RequestRoutes) {
  return (req: IncomingMessage, res: ServerResponse) => {
    // Sign-in limits and session records key on the client's address. Behind a proxy that sets
    // X-Forwarded-For, TRUST_PROXY=1 keeps it; otherwise a client could pick its own address.
    if (process.env.TRUST_PROXY !== "1") req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    if (refuseMalformedRequest(req, res)) return;
    if (req.url?.startsWith("/api/v1/")) {
      serveApi(req, res, routes.api).catch((error: unknown) => internalError(res, error));
      return;
    }
    routes.next(req, res).catch((error: unknown) => internalError(res, error));
  };
}

function internalError(res: ServerResponse, error: unknown) {
  console.error(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side." } }));
}
