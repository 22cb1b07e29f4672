import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleApiRequest } from "../api/v1/router";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { pagePolicy } from "./security-headers";
import { createRequestListener } from "./serve-request";

let env: ReturnType<typeof createTestDb>;
let server: Server;
let base: string;
/** The CSP header Next would have read each nonce from, by path. */
const seenByNext = new Map<string, string | undefined>();

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  server = createServer(
    createRequestListener({
      api: handleApiRequest,
      next: async (req, res) => {
        seenByNext.set(req.url ?? "", req.headers["content-security-policy"] as string | undefined);
        res.end("next");
      },
      remoteImages: async (pathname) => pathname === "/d/open-images",
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await env.cleanup();
});

const directives = (policy: string | null) => new Map((policy ?? "").split("; ").map((d) => [d.split(" ")[0]!, d] as const));

describe("security headers", () => {
  it("are on every kind of response: page, API, build file, refusal", async () => {
    for (const path of ["/", "/d/anything", "/api/v1/openapi.json", "/_next/static/chunks/x.js", "/d/%ZZ", "/api/import"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(directives(response.headers.get("content-security-policy")).get("frame-ancestors"), path).toBe("frame-ancestors 'none'");
    }
    expect((await fetch(`${base}/s/shr_abc`)).headers.get("referrer-policy")).toBe("no-referrer");
  });

  it("give each page a fresh nonce that Next reads from the request, and ignore a client's own CSP", async () => {
    const first = await fetch(`${base}/library-a`, { headers: { "content-security-policy": "script-src 'nonce-attacker'" } });
    const second = await fetch(`${base}/library-b`);
    const nonceOf = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(seenByNext.get("/library-a"))).toBe(nonce);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    const script = directives(first.headers.get("content-security-policy")).get("script-src");
    expect(script).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
  });

  it("allow https: images only on pages of a workspace that allows them", async () => {
    const images = async (path: string) => directives((await fetch(`${base}${path}`)).headers.get("content-security-policy")).get("img-src");
    expect(await images("/d/closed-images")).toBe("img-src 'self' data: blob:");
    expect(await images("/d/open-images")).toBe("img-src 'self' data: blob: https:");
    expect(seenByNext.get("/d/open-images")).toContain("img-src 'self' data: blob: https:");
  });

  it("let workers and live-draft sockets come from this site, and eval only in development", () => {
    const production = directives(pagePolicy({ nonce: "n", dev: false, remoteImages: false }));
    expect(production.get("worker-src")).toBe("worker-src 'self' blob:");
    expect(production.get("connect-src")).toBe("connect-src 'self'");
    expect(production.get("object-src")).toBe("object-src 'none'");
    expect(production.get("script-src")).not.toContain("unsafe-eval");
    expect(directives(pagePolicy({ nonce: "n", dev: true, remoteImages: false })).get("script-src")).toContain("'unsafe-eval'");
  });
});
