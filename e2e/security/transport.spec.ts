import { createHash, randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { rawRequest } from "../attack-requests";
import { e2eQuery } from "../e2e-database";
import { expect, test } from "../fixtures";
import { createApiKey } from "../team";
import { anonymousRequests, signedInOwner } from "./actors";
import { bearer, importFile, refused, sameOrigin, SLUG } from "./refusals";

// What a request is made of, whoever sends it: origins, body sizes, broken addresses, nesting,
// and a document built to blow up when rendered.
test.describe.configure({ mode: "default" });

let owner: { page: Page; cookie: string };
let viewerKey: string;
let anonymous: APIRequestContext;

test.beforeAll(async ({ browser }, info) => {
  test.setTimeout(120_000); // a key through the UI, on two busy cores
  owner = await signedInOwner(browser);
  viewerKey = await createApiKey(owner.page, "viewer");
  anonymous = await anonymousRequests(String(info.project.use.baseURL));
});
test.afterAll(async () => {
  await anonymous?.dispose();
  await owner?.page.context().close();
});

// Includes itself ten times per level: 10^10 expansions, 122 MB+ of output if nothing stops it.
const BOMB = `Boom ${"{{> render-bomb}} ".repeat(10)}`;

test("an import posted from another origin or another port of this host is refused 403 and imports nothing", async () => {
  const request = owner.page.request;
  const { port } = new URL(String(test.info().project.use.baseURL));
  for (const origin of ["https://evil.example", `http://localhost:${Number(port) + 1}`, "null"]) {
    const body = await refused(await request.post("/api/import", { headers: { origin }, ...importFile("cross-origin-import.md", "# Hijacked") }), 403);
    expect(body).toContain("Uploads must come from this site");
  }
  await refused(await request.post("/api/import", importFile("cross-origin-import.md", "# No origin")), 403);
  await refused(await request.get("/d/cross-origin-import"), 404);
});

test("a chunked import is cut off at 64 MB with 413, not read to the end", async () => {
  const { response, sentWhenAnswered } = await rawRequest("/api/import", {
    method: "POST",
    headers: { cookie: owner.cookie, ...sameOrigin(), "content-type": "multipart/form-data; boundary=x", "transfer-encoding": "chunked" },
    chunks: 1200, // 300 MB if the server kept reading
  });
  const body = await refused(response, 413);
  expect(body).toContain("over 64 MB");
  expect(sentWhenAnswered).toBeLessThan(128 * 1024 * 1024);
  // A declared length over the limit is refused before any of it is sent.
  const declared = await rawRequest("/api/import", { method: "POST", headers: { cookie: owner.cookie, ...sameOrigin(), "content-length": String(300 * 1024 * 1024) } });
  await refused(declared.response, 413);
  expect(declared.sentWhenAnswered).toBe(0);
});

test("oversized or unmeasured bodies to actions, sign-in and the API are refused at once", async () => {
  const big = await rawRequest(`/d/${SLUG}`, { method: "POST", headers: { "next-action": "x", "content-length": String(50 * 1024 * 1024) } });
  await refused(big.response, 413);
  await refused((await rawRequest("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", "content-length": String(1024 * 1024) } })).response, 413);
  const chunkedSignIn = await rawRequest("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" }, chunks: 2 });
  await refused(chunkedSignIn.response, 411);
  const api = await rawRequest(`/api/v1/documents/${SLUG}/render`, {
    method: "POST",
    headers: { authorization: `Bearer ${viewerKey}`, "content-type": "application/json", "transfer-encoding": "chunked" },
    chunks: 200, // 50 MB
  });
  await refused(api.response, 413);
  expect(api.sentWhenAnswered).toBeLessThan(20 * 1024 * 1024);
});

test("malformed percent-encoding in a path answers 400 with a page, or JSON under /api", async () => {
  for (const path of ["/d/%ZZ", "/d/%E0%A4%A/settings", "/s/%C0", "/%"]) {
    const { response } = await rawRequest(path, { headers: { cookie: owner.cookie } });
    const body = await refused(response, 400);
    expect(body).toContain("broken %-escape");
  }
  const { response } = await rawRequest(`/api/v1/documents/%ZZ/render`, { headers: bearer(viewerKey) });
  expect(JSON.parse(await refused(response, 400)).error.code).toBe("invalid_input");
});

test("values nested 10,000 deep answer 400, not a stack overflow", async () => {
  const deep = `{"values":{"Product":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}}`;
  const headers = { ...bearer(viewerKey), "content-type": "application/json" };
  const body = await refused(await anonymous.post(`/api/v1/documents/${SLUG}/render`, { headers, data: deep }), 400);
  expect(body).toContain("nested at most 64 levels");
  const shallowDeep = encodeURIComponent(`{"Product":${'{"a":'.repeat(900)}1${"}".repeat(900)}}`);
  await refused(await anonymous.get(`/api/v1/documents/${SLUG}/render?values=${shallowDeep}`, { headers: bearer(viewerKey) }), 400);
});

test("a self-including document answers 422 render_limit by API and a clear page by share link, and others are served meanwhile", async () => {
  const imported = await owner.page.request.post("/api/import", { headers: sameOrigin(), ...importFile("render-bomb.md", BOMB) });
  expect(imported.status()).toBe(200);
  const started = Date.now();
  const [bomb, other] = await Promise.all([
    anonymous.post("/api/v1/documents/render-bomb/render", { headers: bearer(viewerKey), data: { values: {} } }),
    anonymous.get(`/api/v1/documents/${SLUG}`, { headers: bearer(viewerKey) }).then((response) => ({ response, ms: Date.now() - started })),
  ]);
  const error = JSON.parse(await refused(bomb, 422)).error;
  expect(error.code).toBe("render_limit");
  expect(error.message).toMatch(/Includes would expand/);
  expect(other.response.status()).toBe(200);
  expect(other.ms).toBeLessThan(1_000);
  await refused(await anonymous.get("/api/v1/documents/render-bomb/render", { headers: bearer(viewerKey) }), 422);

  // A preview-only share link of the bomb, written straight to the database (opening the
  // document in the workbench would render it in this browser).
  const token = `shr_${randomBytes(32).toString("base64url")}`;
  const [doc] = await e2eQuery<{ id: string }>(`SELECT "id" FROM "Document" WHERE "slug" = 'render-bomb'`);
  await e2eQuery(
    `INSERT INTO "ShareLink" ("id", "documentId", "tokenHash", "target", "access", "creatorId", "creatorName") VALUES (?, ?, ?, 'head', 'preview', 'e2e', 'e2e')`,
    [`bomb-link-${Date.now()}`, doc!.id, createHash("sha256").update(token).digest("hex")],
  );
  const page = await refused(await anonymous.get(`/s/${token}`), 200);
  expect(page).toContain("This prompt is too large to show");
  expect(page).toContain("Includes would expand");
  await refused(await owner.page.request.get("/d/render-bomb/diff?mode=rendered&from=1&to=1"), 200);
});
