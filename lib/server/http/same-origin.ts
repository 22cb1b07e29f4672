import { AppError } from "../errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The one rule for writes made with a browser session (API calls with a cookie, uploads):
 * they must come from this site's own pages, so the Origin must name this very host and port.
 * SameSite=Lax cookies do not stop a form post from another port of the same host; this does.
 * Reads (GET, HEAD, OPTIONS) pass: another origin cannot see their answers.
 */
export function isSameOriginWrite(request: { method: string; headers: { get(name: string): string | null } }): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/** The same rule for route handlers that write with the session cookie: 403 unless same-origin. */
export function requireSameOriginWrite(request: Request, refusal: string): void {
  if (!isSameOriginWrite(request)) throw new AppError("forbidden", refusal);
}
