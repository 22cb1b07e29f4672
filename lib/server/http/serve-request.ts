import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApiRequest, ApiResponse } from "./api-types";
import { databaseUnreachableError } from "../db/database-unavailable";
import { answerOutageInsteadOf500 } from "./answer-outage";
import { writeErrorResponse } from "./error-response";
import { serveApi } from "./node-adapter";
import { refuseMalformedRequest } from "./request-limits";
import { applySecurityHeaders, responseKind } from "./security-headers";

export interface RequestRoutes {
  /** The /api/v1 router. */
  api: (request: ApiRequest) => Promise<ApiResponse>;
  /** Everything else: Next's request handler. */
  next: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Next in development mode (its scripts need eval and its reloads a websocket). */
  dev?: boolean;
  /** Whether the page at this path may load remote images for this visitor (a workspace setting). */
  remoteImages?: (pathname: string, req: IncomingMessage) => Promise<boolean>;
  /** Asked when Next answers 500: whether the database is out of reach (then 503 instead). */
  databaseIsDown?: () => Promise<boolean>;
}

/**
 * The HTTP path of server.ts: security headers on every response, one check of every request
 * (malformed addresses, bodies over their path's limit), then /api/v1 served directly and the
 * rest handed to Next.
 */
export function createRequestListener(routes: RequestRoutes) {
  return (req: IncomingMessage, res: ServerResponse) => {
    // Sign-in limits and session records key on the client's address. Behind a proxy that sets
    // X-Forwarded-For, TRUST_PROXY=1 keeps it; otherwise a client could pick its own address.
    if (process.env.TRUST_PROXY !== "1") req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    const pathname = (req.url ?? "/").split("?")[0]!;
    const kind = responseKind(pathname);
    const dev = routes.dev ?? false;
    // Set before any answer, refusals included; a page of a workspace that allows remote
    // images gets its policy again (with a fresh nonce) once the setting is looked up.
    applySecurityHeaders(req, res, { kind, dev });
    if (refuseMalformedRequest(req, res)) return;
    if (kind === "api") {
      serveApi(req, res, routes.api).catch((error: unknown) => writeErrorResponse(req, res, error));
      return;
    }
    // A page (or /api/auth, /api/import) that failed because the database is away: 503, not 500.
    // Pages only when read: a server action's answer is for Next's client, not a person.
    const isDown = routes.databaseIsDown;
    if (kind === "page" && isDown && (req.method === "GET" || req.method === "HEAD" || pathname.startsWith("/api/"))) {
      answerOutageInsteadOf500(res, { isDown, answer: () => writeErrorResponse(req, res, databaseUnreachableError()) });
    }
    if (kind === "page" && routes.remoteImages && /^\/(d|s)\//.test(pathname)) {
      routes
        .remoteImages(pathname, req)
        .catch(() => false)
        .then((remoteImages) => {
          if (remoteImages) applySecurityHeaders(req, res, { kind, dev, remoteImages });
          return routes.next(req, res);
        })
        .catch((error: unknown) => writeErrorResponse(req, res, error));
      return;
    }
    routes.next(req, res).catch((error: unknown) => writeErrorResponse(req, res, error));
  };
}
