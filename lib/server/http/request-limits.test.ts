import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/contracts/documents";
import { handleApiRequest } from "../api/v1/router";
import { sendRawRequest } from "../testing/raw-http-request";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";
import { errorResponse } from "./error-response";
import { readLimitedBody } from "./read-limited-body";
import { AUTH_BODY_BYTES } from "./request-limits";
import { createRequestListener } from "./serve-request";
import { closeConnectionsGently, LINGER_MS } from "./staged-close";

let env: ReturnType<typeof createTestDb>;
let server: Server;
let port: number;
/** What reached "Next" (the stand-in below): the paths, and how many body bytes it read. */
const reachedNext: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  // server.ts's own listener, with Next replaced by a handler that reads the body and echoes.
  server = createServer(
    createRequestListener({
      api: handleApiRequest,
      next: async (req, res) => {
        if (req.url?.endsWith("/boom")) throw new Error("a bug in a page");
        let bytes = 0;
        for await (const chunk of req) bytes += (chunk as Buffer).length;
        reachedNext.push({ path: req.url ?? "", bytes });
        res.end("next");
      },
    }),
  );
  closeConnectionsGently(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await env.cleanup();
});

/** A raw request to the test server (chunked unless a length is given), stopping as soon as it answers. */
function send(path: string, { method = "POST", chunks = 0, chunkBytes = 64 * 1024, headers = {} as Record<string, string> } = {}) {
  return sendRawRequest({ host: "127.0.0.1", port, path, method, headers, chunks, chunkBytes });
}

describe("malformed addresses", () => {
  it("answer 400 with a page, or JSON under /api, before Next sees them", async () => {
    const page = await send("/d/%ZZ", { method: "GET" });
    expect(page.status).toBe(400);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toMatch(/broken %-escape/);
    const api = await send("/api/v1/documents/%E0%A4%A", { method: "GET" });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body).error.code).toBe("invalid_input");
    expect((await send("/d/%C0%AF/settings", { method: "GET" })).status).toBe(400);
    expect(reachedNext.filter((hit) => hit.path.includes("%"))).toEqual([]);
    // A well-formed escape still goes through.
    expect((await send("/d/caf%C3%A9", { method: "GET" })).body).toBe("next");
  });
});

describe("body limits", () => {
  it("refuse a declared length over the path's limit with 413 at once, reading nothing", async () => {
    const before = reachedNext.length;
    const big = await send("/api/import", { headers: { "content-length": String(MAX_IMPORT_REQUEST_BYTES + 1) }, chunks: 0 });
    expect(big.status).toBe(413);
    expect(big.headers.connection).toBe("close");
    expect(JSON.parse(big.body).error.code).toBe("payload_too_large");
    const auth = await send("/api/auth/sign-in/email", { headers: { "content-length": String(AUTH_BODY_BYTES + 1) } });
    expect(auth.status).toBe(413);
    const action = await send("/d/some-doc", { headers: { "content-length": String(6 * 1024 * 1024), "next-action": "x" } });
    expect(action.status).toBe(413);
    expect(action.body).toMatch(/over 5 MB/);
    expect(reachedNext.length).toBe(before);
  });

  it("refuse a chunked body to a route that cannot count one with 411", async () => {
    const response = await send("/api/auth/sign-in/email", { chunks: 2, headers: { "transfer-encoding": "chunked" } });
    expect(response.status).toBe(411);
    expect(reachedNext.some((hit) => hit.path.startsWith("/api/auth"))).toBe(false);
  });

  it("stop reading a chunked API body at 5 MB and answer 413 while the client is still sending", async () => {
    const response = await send("/api/v1/documents/x/render", { chunks: 400, headers: { "content-type": "application/json", authorization: "Bearer drm_x" } });
    expect(response.status).toBe(413);
    expect(response.headers.connection).toBe("close");
    expect(JSON.parse(response.body).error.code).toBe("payload_too_large");
    // 400 chunks of 64 KB is 25 MB; the answer came long before the client got through them.
    expect(response.sentWhenAnswered).toBeLessThan(12 * 1024 * 1024);
  });

  it("keep taking a refused body for a while after the answer, so the client reads the 413 instead of a reset", async () => {
    // A client that goes on sending after a refusal made from the headers. With an immediate
    // close its writes meet a reset (EPIPE/ECONNRESET), which can destroy the unread answer;
    // with a staged close the server half-closes and takes what still comes.
    const socket = connect({ port, host: "127.0.0.1", allowHalfOpen: true });
    const errors: string[] = [];
    socket.on("error", (error: NodeJS.ErrnoException) => errors.push(error.code ?? error.message));
    const ended = new Promise<void>((resolve) => socket.once("end", resolve));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (answer += chunk));
    socket.write("POST /api/v1/documents/x/render HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n");
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    for (let i = 0; i < 16; i++) {
      socket.write(Buffer.alloc(64 * 1024, 0x61));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const stoppedSending = Date.now();
    socket.end();
    await closed;
    expect(errors).toEqual([]);
    // The server let go as soon as the client closed its side, not after LINGER_MS.
    expect(Date.now() - stoppedSending).toBeLessThan(LINGER_MS);
  });

  it("let a chunked import through to its route, which counts it (readLimitedBody)", async () => {
    const response = await send("/api/import", { chunks: 2, headers: { "transfer-encoding": "chunked" } });
    expect(response.body).toBe("next");
    expect(reachedNext.at(-1)).toEqual({ path: "/api/import", bytes: 2 * 64 * 1024 });
  });
});

describe("readLimitedBody", () => {
  /** A chunked upload of `total` bytes that records how much of it was pulled. */
  function upload(total: number, declared?: number) {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const headers: Record<string, string> = declared === undefined ? {} : { "content-length": String(declared) };
    const request = new Request("http://localhost/api/import", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it("stops pulling a chunked body just past the limit and throws payload_too_large", async () => {
    const limit = 1024 * 1024;
    const { request, pulled } = upload(300 * 1024 * 1024);
    await expect(readLimitedBody(request, limit, "too big")).rejects.toMatchObject({ code: "payload_too_large", message: "too big" });
    expect(pulled()).toBeLessThan(limit + 4 * 64 * 1024);
    const answer = errorResponse(await readLimitedBody(upload(2 * limit).request, limit, "too big").catch((error: unknown) => error));
    expect(answer.status).toBe(413);
    expect(answer.headers.get("connection")).toBe("close");
  });

  it("refuses a declared length over the limit without pulling, and returns a body within it whole", async () => {
    const declared = upload(10 * 1024 * 1024, 10 * 1024 * 1024);
    await expect(readLimitedBody(declared.request, 1024 * 1024, "too big")).rejects.toMatchObject({ code: "payload_too_large" });
    // A stream pulls its first chunk when created; nothing more is read.
    expect(declared.pulled()).toBeLessThanOrEqual(64 * 1024);
    expect((await readLimitedBody(upload(256 * 1024).request, 1024 * 1024, "too big")).byteLength).toBe(256 * 1024);
  });
});

describe("a request whose handler fails unexpectedly", () => {
  it("answers 500 through the one error mapping: JSON under /api, a page elsewhere, no internals", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const api = await send("/api/boom", { method: "GET" });
    expect(api.status).toBe(500);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "internal", message: "Something went wrong on our side. Nothing was saved." } });
    const page = await send("/boom", { method: "GET" });
    expect([page.status, page.headers["content-type"]]).toEqual([500, "text/html; charset=utf-8"]);
    expect(page.body).toContain("Something went wrong on our side");
    expect(page.body).not.toContain("a bug in a page");
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
