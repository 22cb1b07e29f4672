import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createRequestListener } from "./serve-request";

/**
 * server.ts's listener with Next replaced by a stand-in that fails the way Next does (status
 * 500, its error page written in pieces, gzip-compressed when asked), and a database probe
 * the test switches between down and up.
 */
let server: Server;
let base: string;
let down = true;
let probes = 0;

beforeAll(async () => {
  server = createServer(
    createRequestListener({
      api: async () => {
        throw new Error("no /api/v1 request in these tests");
      },
      databaseIsDown: async () => (probes++, down),
      next: async (req, res) => {
        const status = req.url?.includes("/ok") ? 200 : 500;
        const page = `<html>Next's own ${status} page</html>`;
        res.statusCode = status;
        if (req.headers["accept-encoding"]?.includes("gzip") && req.url?.includes("/compressed")) {
          res.setHeader("content-encoding", "gzip");
          res.end(gzipSync(page));
          return;
        }
        res.setHeader("content-type", req.url?.startsWith("/api/") ? "application/json" : "text/html");
        res.write(page.slice(0, 10));
        await new Promise((resolve) => setTimeout(resolve, 5));
        res.end(page.slice(10));
      },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  down = true;
  probes = 0;
});

describe("a failed answer while the database is away", () => {
  it("is a 503 page for people that says it will come back, with Retry-After, and none of Next's error page", async () => {
    const response = await fetch(`${base}/d/some-document`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain("Back in a moment");
    expect(html).toContain("cannot reach its database right now");
    expect(html).toContain('<meta http-equiv="refresh" content="5">');
    expect(html).not.toContain("Next's own");
    // Security headers set before Next ran are kept.
    expect(response.headers.get("content-security-policy")).toBeTruthy();
  });

  it("is JSON under /api (better-auth's endpoints, uploads), whatever the method", async () => {
    const response = await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", body: "{}" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error.code).toBe("database_unavailable");
  });

  it("replaces a compressed 500 with a plain 503 the client can read", async () => {
    const response = await fetch(`${base}/compressed`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toContain("Back in a moment");
  });

  it("stays a 500 with Next's page when the database answers (a bug is a bug)", async () => {
    down = false;
    const response = await fetch(`${base}/d/some-document`);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("<html>Next's own 500 page</html>");
    expect(probes).toBe(1);
  });

  it("asks nothing of answers that succeed, nor of a server action's 500 (Next's client reads it)", async () => {
    expect((await fetch(`${base}/ok`)).status).toBe(200);
    expect((await fetch(`${base}/d/some-document`, { method: "POST", headers: { origin: base } })).status).toBe(500);
    expect(probes).toBe(0);
  });
});
