import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeDocument } from "../access/authorize";
import { createApiKey } from "../api-keys/create-api-key";
import { handleApiRequest } from "../api/v1/router";
import { importDocumentFile } from "../documents/import-document-file";
import { renderWithIncludes } from "./render-with-includes";
import { serveApi } from "../http/node-adapter";
import { createShareLink } from "../share-links/create-share-link";
import { openShareLink } from "../share-links/open-share-link";
import { renderShared } from "../share-links/render-shared";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";

let env: ReturnType<typeof createTestDb>;
let member: Awaited<ReturnType<typeof createTestMember>>;
let key: string;
let server: Server;
let base: string;
const text = (s: string) => new TextEncoder().encode(s);

// A document that includes itself ten times per level: 10^10 expansions if nothing stops it.
const BOMB = `Start ${"{{> bomb}} ".repeat(10)}end`;

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  member = await createTestMember(env.db);
  key = (await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: "limits", role: "viewer" } })).key;
  const add = (fileName: string, content: string) =>
    importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName, bytes: text(content), authorName: "t" });
  await add("bomb.md", BOMB);
  await add("fan.md", "{{#a}}{{#a}}{{b}}{{/a}}{{/a}}");
  await add("go-values.md", "Got {{.Deep}}");
  await add("fine.md", `Hello {{name}} ${"{{> footer}}".repeat(3)}`);
  await add("footer.md", "-- Team\n");
  // The real HTTP path of the API: the server's Node adapter in front of the router.
  server = createServer((req, res) => void serveApi(req, res, handleApiRequest));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await env.cleanup();
});

const api = (path: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe("render limits over HTTP", () => {
  it("answers a self-including document with 422 render_limit while another request is answered at once", async () => {
    // Warm up the path (first query, JIT) so the figures below are the requests' own.
    expect((await api("/documents/fine/render", { values: {} })).status).toBe(200);

    const order: string[] = [];
    const bomb = api("/documents/bomb/render", { values: {} }).then(async (response) => {
      order.push("bomb");
      return { status: response.status, json: await response.json() };
    });
    // Sent right behind the bomb, on another connection: it must not wait for the bomb's render.
    const other = api("/documents/fine/render", { values: { name: "Ada" } }).then(async (response) => {
      order.push("other");
      return { status: response.status, json: await response.json() };
    });
    const [bombed, answered] = await Promise.all([bomb, other]);
    expect(bombed.status).toBe(422);
    expect(bombed.json.error).toMatchObject({ code: "render_limit", details: { kind: "includes" } });
    expect(bombed.json.error.message).toMatch(/Includes would expand [\d,]+ times/);
    expect(answered.status).toBe(200);
    expect(answered.json.text).toBe("Hello Ada -- Team\n-- Team\n-- Team\n");
    // How long the other request waits beside a bomb is a figure for `npm run bench:api`, not a
    // timed assertion here; this test proves both are answered and the bomb is refused.
    expect(order).toHaveLength(2);
  });

  it("refuses a render whose output would pass 10 MB with 422 render_limit (via GET too)", async () => {
    // 48 × 48 copies of 5 KB: 11.5 MB of output in 2,304 appends (few enough that the output
    // limit is reached before the time budget on a loaded machine; short enough for a URL).
    const values = { a: Array.from({ length: 48 }, (_, i) => i), b: "x".repeat(5_000) };
    const post = await api("/documents/fan/render", { values });
    expect(post.status).toBe(422);
    expect((await post.json()).error).toMatchObject({ code: "render_limit", details: { kind: "output" } });
    const get = await api(`/documents/fan/render?values=${encodeURIComponent(JSON.stringify(values))}`);
    expect(get.status).toBe(422);
  });

  it("refuses values nested 10,000 deep with 400, not a stack overflow", async () => {
    const post = await api("/documents/go-values/render", { values: { Deep: nested(10_000) } });
    expect(post.status).toBe(400);
    expect(JSON.stringify((await post.json()).error)).toMatch(/nested at most 64 levels/);
    // A URL has room for about 1,000 levels (longer ones get 431 from Node before any code runs).
    const get = await api(`/documents/go-values/render?values=${encodeURIComponent(JSON.stringify({ Deep: nested(1_000) }))}`);
    expect(get.status).toBe(400);
    expect((await get.json()).error.message).toMatch(/nested at most 64 levels/);
    const shallow = await api("/documents/go-values/render", { values: { Deep: nested(3) } });
    expect((await shallow.json()).text).toBe("Got map[a:map[a:map[a:leaf]]]");
  });
});

describe("render limits on the other server render paths", () => {
  it("stop a share link of a bomb and a rendered diff of it with render_limit", async () => {
    const access = await authorizeDocument({ db: env.db, actor: member.user, slug: "bomb", permission: "share.manage" });
    const { token } = await createShareLink({ db: env.db, access, actor: member.actor, input: { target: { kind: "head" }, access: "preview" } });
    const link = await openShareLink({ db: env.db, token });
    await expect(renderShared({ db: env.db, link, values: {} })).rejects.toMatchObject({ code: "render_limit" });
    // A rendered diff renders each side the same way.
    const bombAccess = await authorizeDocument({ db: env.db, actor: member.user, slug: "bomb", permission: "document.read" });
    await expect(renderWithIncludes({ db: env.db, access: bombAccess, ref: 1, values: {}, formDefaults: true })).rejects.toMatchObject({ code: "render_limit" });
    const goAccess = await authorizeDocument({ db: env.db, actor: member.user, slug: "go-values", permission: "document.read" });
    await expect(
      renderWithIncludes({ db: env.db, access: goAccess, ref: 1, values: { Deep: nested(100) }, formDefaults: true }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });
});
