import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as documentRoute from "@/app/api/v1/documents/[slug]/route";
import * as labelRoute from "@/app/api/v1/documents/[slug]/labels/[name]/route";
import * as versionRoute from "@/app/api/v1/documents/[slug]/versions/[ref]/route";
import * as versionsRoute from "@/app/api/v1/documents/[slug]/versions/route";
import * as documentsRoute from "@/app/api/v1/documents/route";
import { createApiKey } from "../api-keys/create-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, useAsDefaultDb } from "../testing/test-db";

let env: ReturnType<typeof createTestDb>;
let key: string;
beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  key = (await createApiKey({ db: env.db, input: { name: "tests" } })).key;
  const bytes = new TextEncoder().encode("<system>\nYou are Tess, a tester.\n</system>\n");
  await importDocumentFile({ db: env.db, fileName: "tester.md", bytes, authorName: "seed" });
});
afterAll(() => env.cleanup());

type Handler = (request: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(handler: Handler, params: Record<string, string>, init: RequestInit & { key?: string | null; query?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set("authorization", `Bearer ${init.key ?? key}`);
  if (init.body) headers.set("content-type", "application/json");
  const request = new Request(`http://localhost/api/v1/x${init.query ?? ""}`, { ...init, headers });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : null };
}

describe("HTTP API v1", () => {
  it("lists, searches and gets documents", async () => {
    const list = await call(documentsRoute.GET, {}, { query: "?q=tess" });
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject([{ slug: "tester", title: "Tess", format: "xml", versionCount: 1 }]);
    expect((await call(documentsRoute.GET, {}, { query: "?q=nobody" })).json).toEqual([]);
    const doc = await call(documentRoute.GET, { slug: "tester" });
    expect(doc.json).toMatchObject({ slug: "tester", latestVersion: 1, labels: {}, archived: false });
  });

  it("needs a valid, unrevoked key (401)", async () => {
    const missing = await call(documentsRoute.GET, {}, { key: null });
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe("unauthorized");
    expect((await call(documentsRoute.GET, {}, { key: "drm_forged" })).status).toBe(401);
    const revoked = await createApiKey({ db: env.db, input: { name: "old" } });
    await revokeApiKey({ db: env.db, id: revoked.id });
    expect((await call(documentsRoute.GET, {}, { key: revoked.key })).status).toBe(401);
  });

  it("creates versions with a base, refuses stale bases with 409 and the head, and validates bodies", async () => {
    const body = (content: string, baseVersion: number) => JSON.stringify({ content, baseVersion, authorName: "api" });
    const created = await call(versionsRoute.POST, { slug: "tester" }, { method: "POST", body: body("v2 text", 1) });
    expect([created.status, created.json]).toEqual([201, { created: true, number: 2 }]);
    const unchanged = await call(versionsRoute.POST, { slug: "tester" }, { method: "POST", body: body("v2 text", 2) });
    expect([unchanged.status, unchanged.json]).toEqual([200, { created: false, number: 2 }]);
    const stale = await call(versionsRoute.POST, { slug: "tester" }, { method: "POST", body: body("other", 1) });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", details: { head: { number: 2, content: "v2 text" } } });

    const invalid = await call(versionsRoute.POST, { slug: "tester" }, { method: "POST", body: JSON.stringify({ content: 5 }) });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.code).toBe("invalid_input");
    const notJson = await call(versionsRoute.POST, { slug: "tester" }, { method: "POST", body: "{oops" });
    expect([notJson.status, notJson.json.error.message]).toEqual([400, "The request body is not valid JSON."]);
    expect((await call(versionsRoute.POST, { slug: "nope" }, { method: "POST", body: body("x", 1) })).status).toBe(404);
    const versions = await call(versionsRoute.GET, { slug: "tester" });
    expect(versions.json.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  });

  it("serves versions by number as immutable and by label with revalidation", async () => {
    const byNumber = await call(versionRoute.GET, { slug: "tester", ref: "1" });
    expect(byNumber.status).toBe(200);
    expect(byNumber.headers.get("cache-control")).toContain("immutable");
    const etag = byNumber.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    expect((await call(versionRoute.GET, { slug: "tester", ref: "1" }, { headers: { "if-none-match": etag } })).status).toBe(304);

    const label = await call(labelRoute.PUT, { slug: "tester", name: "production" }, { method: "PUT", body: JSON.stringify({ version: 1 }) });
    expect(label.json).toEqual({ name: "production", version: 1, moved: true });
    const byLabel = await call(versionRoute.GET, { slug: "tester", ref: "production" });
    expect([byLabel.json.number, byLabel.headers.get("cache-control")]).toEqual([1, "private, no-cache"]);
    expect(byLabel.headers.get("etag")).toBe(etag);

    await call(labelRoute.PUT, { slug: "tester", name: "production" }, { method: "PUT", body: JSON.stringify({ version: 2 }) });
    const moved = await call(versionRoute.GET, { slug: "tester", ref: "production" }, { headers: { "if-none-match": etag } });
    expect([moved.status, moved.json.number]).toEqual([200, 2]);
    expect((await call(versionRoute.GET, { slug: "tester", ref: "latest" })).json.content).toBe("v2 text");

    expect((await call(versionRoute.GET, { slug: "tester", ref: "99" })).status).toBe(404);
    expect((await call(versionRoute.GET, { slug: "tester", ref: "no-such-label" })).status).toBe(404);
    expect((await call(versionRoute.GET, { slug: "tester", ref: "Bad Label!" })).status).toBe(400);
    const badLabel = await call(labelRoute.PUT, { slug: "tester", name: "latest" }, { method: "PUT", body: JSON.stringify({ version: 1 }) });
    expect(badLabel.status).toBe(400);
    const noVersion = await call(labelRoute.PUT, { slug: "tester", name: "staging" }, { method: "PUT", body: JSON.stringify({ version: 50 }) });
    expect(noVersion.status).toBe(404);
  });
});
