import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export type ResponseKind = "page" | "api" | "asset";

/** Pages and route handlers get a nonce'd policy; /api/v1 JSON and build files get fixed ones. */
export function responseKind(pathname: string): ResponseKind {
  if (pathname.startsWith("/api/v1/")) return "api";
  if (pathname.startsWith("/_next/") || pathname === "/favicon.ico") return "asset";
  return "page";
}

export interface PagePolicyOptions {
  nonce: string;
  /** Next in development evaluates code for its overlay and fast refresh, and talks over ws:. */
  dev: boolean;
  /** The page previews a workspace that allows remote images: https: images load. */
  remoteImages: boolean;
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce (Next puts
 * it on every script it writes, reading it from the request's own CSP header) or when loaded by
 * such a script ('strict-dynamic': the code-split chunks, Monaco), so injected markup can never
 * run code. Styles may be inline (React style attributes, Monaco's own style sheets). Workers
 * (Monaco, token counts) come from this site or blob:, sockets (live drafts) from this site.
 * No site may frame the app.
 */
export function pagePolicy({ nonce, dev, remoteImages }: PagePolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${remoteImages ? " https:" : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// A build file is only a document when it is a worker script: its policy lets it load the
// chunks next to it, nothing else.
const ASSET_POLICY = (dev: boolean) =>
  `default-src 'self'; script-src 'self' blob:${dev ? " 'unsafe-eval'" : ""}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'`;
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Sets the security headers of every response: the policy for its kind, no framing (also for
 * browsers without frame-ancestors), no MIME sniffing, and a referrer that keeps paths on this
 * site (share pages send none: their address is the secret). For a page, the policy is also
 * put on the request, where Next reads the nonce for its scripts. Cookies are not touched.
 */
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  { kind, dev, remoteImages = false }: { kind: ResponseKind; dev: boolean; remoteImages?: boolean },
): void {
  const pathname = (req.url ?? "/").split("?")[0]!;
  let policy: string;
  if (kind === "page") {
    policy = pagePolicy({ nonce: randomBytes(16).toString("base64"), dev, remoteImages });
    req.headers["content-security-policy"] = policy;
  } else {
    policy = kind === "api" ? API_POLICY : ASSET_POLICY(dev);
    // A client's own CSP header must not hand Next a nonce.
    delete req.headers["content-security-policy"];
  }
  delete req.headers["content-security-policy-report-only"];
  res.setHeader("content-security-policy", policy);
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", pathname.startsWith("/s/") ? "no-referrer" : "strict-origin-when-cross-origin");
}
