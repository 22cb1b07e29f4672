import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/contracts/documents";
import { AppError, type AppErrorCode } from "../errors";
import { writeErrorResponse } from "./error-response";

/** Same as `experimental.serverActions.bodySizeLimit` in next.config.mjs (a 2 MB document, JSON-escaped). */
export const SERVER_ACTION_BODY_BYTES = 5 * 1024 * 1024;
/** An API body: content is capped at 2 MB, and JSON escaping can double it. */
export const API_BODY_BYTES = 5 * 1024 * 1024;
/** Sign-in, sign-up and session calls are a few hundred bytes. */
export const AUTH_BODY_BYTES = 64 * 1024;

/**
 * The largest body each non-API path takes. /api/v1 reads its own (node-adapter.ts); every
 * other POST to a page is a server action, which Next itself counts while streaming.
 */
export function bodyLimitFor(pathname: string): number {
  if (pathname === "/api/import") return MAX_IMPORT_REQUEST_BYTES;
  if (pathname.startsWith("/api/auth/")) return AUTH_BODY_BYTES;
  return SERVER_ACTION_BODY_BYTES;
}

/** Routes that count a chunked body themselves while reading it, and stop at their limit. */
const STREAM_COUNTED = (pathname: string) => pathname === "/api/import";

/**
 * Checks done once in server.ts before Next sees a request: a path with malformed
 * percent-encoding (400, where Next answered 500), a declared body over the path's limit (413 at
 * once, nothing read), and a chunked body to a route that cannot count one (411: browsers
 * always send a length for forms and actions). Returns true when it has answered.
 */
export function refuseMalformedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const pathname = (req.url ?? "/").split("?")[0]!;
  if (!decodesCleanly(pathname)) {
    refuse(req, res, "invalid_input", "This address is not valid: it has a broken %-escape. Check the link and try again.");
    return true;
  }
  if (pathname.startsWith("/api/v1/")) return false;
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > bodyLimitFor(pathname)) {
    refuse(req, res, "payload_too_large", `The request body is over ${megabytes(bodyLimitFor(pathname))}.`);
    return true;
  }
  if (declared === undefined && req.headers["transfer-encoding"] !== undefined && !STREAM_COUNTED(pathname)) {
    refuse(req, res, "length_required", "Send this request with a Content-Length.");
    return true;
  }
  return false;
}

function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/** Answered before any of the body is read: the connection closes rather than drain it. */
function refuse(req: IncomingMessage, res: ServerResponse, code: AppErrorCode, message: string) {
  writeErrorResponse(req, res, new AppError(code, message), { closeConnection: true });
}
