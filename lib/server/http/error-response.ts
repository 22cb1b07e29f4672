import { STATUS_CODES, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "../db/database-unavailable";
import { isAppError, type AppErrorCode } from "../errors";
import { jsonResponse, type ApiResponse } from "./api-types";

/**
 * The one mapping from thrown errors to HTTP answers, for every server path: Next route
 * handlers (`errorResponse`), the /api/v1 handlers (`apiErrorResponse`), server.ts's own
 * refusals and fallbacks on Node responses (`writeErrorResponse`) and refused websocket
 * upgrades (`refuseUpgrade`). Nothing else writes an `{ error: … }` body by hand. (better-auth's
 * own endpoints under /api/auth keep its `{ code, message }` shape: its client reads that.)
 */

const STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  length_required: 411,
  payload_too_large: 413,
  unprocessable: 422,
  render_limit: 422,
};

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** For Next route handlers. */
export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status, headers: closeIfTooLarge(status) });
}

/** For the /api/v1 handlers, which answer with the API's own response shape. */
export function apiErrorResponse(error: unknown): ApiResponse {
  const { status, body } = describeError(error);
  return jsonResponse(body, status, closeIfTooLarge(status));
}

/**
 * For server.ts's Node responses: JSON under /api, a small page elsewhere. `closeConnection`
 * when the request's body is left unread (a refusal before reading): the connection closes
 * after the answer rather than draining it. An answer already under way is cut off instead.
 */
export function writeErrorResponse(req: IncomingMessage, res: ServerResponse, error: unknown, { closeConnection = false } = {}): void {
  const { status, body } = describeError(error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const api = (req.url ?? "").startsWith("/api/");
  const text = api ? JSON.stringify(body) : errorPage(status, body.error.message);
  res.writeHead(status, {
    "content-type": api ? "application/json" : "text/html; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    ...(closeConnection ? { connection: "close" } : closeIfTooLarge(status)),
  });
  res.end(req.method === "HEAD" ? undefined : text);
  // The unread rest of a refused body is thrown away while the connection closes (staged-close.ts).
  if (closeConnection || status === 413) req.removeAllListeners("data").resume();
}

/**
 * Answers a refused websocket upgrade over plain HTTP with the API's JSON error, so the client
 * learns why (a browser's console, a script's error) instead of seeing the connection drop.
 */
export function refuseUpgrade(socket: Duplex, error: unknown): void {
  if (socket.destroyed) return;
  const { status, body } = describeError(error);
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Refused"}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

// A refused upload's unread rest is not drained: the connection closes after the answer.
// A 503 (database away) tells clients when to try again.
const RETRY_AFTER_SECONDS = 5;

function closeIfTooLarge(status: number): Record<string, string> {
  if (status === 503) return { "retry-after": String(RETRY_AFTER_SECONDS) };
  return status === 413 ? { connection: "close" } : {};
}

export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ZodError) {
    return {
      status: 400,
      body: { error: { code: "invalid_input", message: "The request is not valid.", details: error.issues } },
    };
  }
  if (isAppError(error)) {
    return {
      status: STATUS[error.code],
      body: { error: { code: error.code, message: error.message, details: error.details } },
    };
  }
  if (isDatabaseUnavailable(error)) {
    const { message, code } = error as { message?: string; code?: string };
    console.error(`Database unavailable: ${message?.split("\n")[0] || code || error}`);
    return {
      status: 503,
      body: {
        error: {
          code: "database_unavailable",
          message: "The database cannot be reached right now. Nothing was saved; try again in a moment.",
        },
      },
    };
  }
  console.error(error);
  return {
    status: 500,
    body: { error: { code: "internal", message: "Something went wrong on our side. Nothing was saved." } },
  };
}

const PAGE_TITLES: Record<number, string> = {
  400: "Bad address",
  411: "Length required",
  413: "Too large",
  500: "Something went wrong",
  503: "Back in a moment",
};

// For people rather than programs: the database outage is temporary, and the page says so.
const OUTAGE_TEXT =
  "Dramatis cannot reach its database right now. Everything saved is kept there; this page tries again by itself every few seconds.";

function errorPage(status: number, apiMessage: string): string {
  const title = PAGE_TITLES[status] ?? "Request refused";
  const message = status === 503 ? OUTAGE_TEXT : apiMessage;
  const refresh = status === 503 ? `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Dramatis</title><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}</head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#18181b"><h1 style="font-size:1.25rem">${title}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">Go to the library</a></p></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}
