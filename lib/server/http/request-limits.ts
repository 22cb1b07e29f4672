import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/contracts/documents";

/** Same as `experimental.serverActions.bodySizeLimit` in next.config.mjs (a 2 MB document, JSON-escaped). */
export const SERVER_ACTION_BODY_BYTES = 5 * 1024 * 1024;
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
    refuse(req, res, 400, "invalid_input", "This address is not valid: it has a broken %-escape. Check the link and try again.");
    return true;
  }
  if (pathname.startsWith("/api/v1/")) return false;
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > bodyLimitFor(pathname)) {
    refuse(req, res, 413, "payload_too_large", `The request body is over ${megabytes(bodyLimitFor(pathname))}.`);
    return true;
  }
  if (declared === undefined && req.headers["transfer-encoding"] !== undefined && !STREAM_COUNTED(pathname)) {
    refuse(req, res, 411, "length_required", "Send this request with a Content-Length.");
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

/** JSON under /api (the API's error shape), a small page elsewhere. The connection closes: any body is left unread. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
  const api = (req.url ?? "").startsWith("/api/");
  const body = api ? JSON.stringify({ error: { code, message } }) : errorPage(status, message);
  res.writeHead(status, {
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

const TITLES: Record<number, string> = { 400: "Bad address", 411: "Length required", 413: "Too large" };

function errorPage(status: number, message: string): string {
  const title = TITLES[status] ?? "Request refused";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Dramatis</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#18181b"><h1 style="font-size:1.25rem">${title}</h1><p role="alert">${message}</p><p><a href="/">Go to the library</a></p></body></html>`;
}
