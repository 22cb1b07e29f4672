import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-keys/create-api-key";
import { revokeApiKey } from "../api-keys/revoke-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let env: ReturnType<typeof createTestDb>;
let key: string;
let member: Awaited<ReturnType<typeof createTestMember>>;
beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  member = await createTestMember(env.db);
  key = (await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: "tests", role: "editor" } })).key;
  const bytes = new TextEncoder().encode("<system>\nYou are Tess, a tester.\n</system>\n");
  await importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName: "tester.md", bytes, authorName: "seed" });
});
afterAll(() => env.cleanup());

/** Calls the API as the server does: through the /api/v1 router. */
async function call(path: string, init: RequestInit & { key?: string | null } = {}) {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set("authorization", `Bearer ${init.key ?? key}`);
  if (init.body) headers.set("content-type", "application/json");
  const response = await handleApiRequest(new Request(`http://localhost/api/v1${path}`, { ...init, headers }));
  return { status: response.status, headers: new Headers(response.headers), json: response.body ? JSON.parse(response.body) : null };
}

describe("HTTP API v1", () => {
  it("lists, searches and gets documents", async () => {
    const list = await call("/documents?q=tes*");
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject([{ slug: "tester", title: "Tess", format: "xml", versionCount: 1 }]);
    expect((await call("/documents?q=nobody")).json).toEqual([]);
    const doc = await call("/documents/tester");
    expect(doc.json).toMatchObject({ slug: "tester", latestVersion: 1, labels: {}, archived: false });
  });

  it("searches with a marked snippet and its line, pages by Link header, and answers bad searches with 400", async () => {
    const bytes = new TextEncoder().encode("# Second\n\nline two\nTess reviews this one\n");
    await importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName: "second.md", bytes, authorName: "seed" });
    const found = await call("/documents?q=reviews");
    expect(found.json).toMatchObject([{ slug: "second", line: 4 }]);
    expect(found.json[0].snippet).toContain("**reviews**");

    const first = await call("/documents?limit=1");
    expect(first.json).toHaveLength(1);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get("link") ?? "")?.[1];
    expect(next).toBeDefined();
    const second = await call(next!.replace("/api/v1", ""));
    expect(second.json).toHaveLength(1);
    expect(second.json[0].slug).not.toBe(first.json[0].slug);
    expect(second.headers.get("link")).toBeNull();

    expect((await call(`/documents?q=${"x".repeat(10_000)}`)).status).toBe(400);
    expect((await call("/documents?cursor=not-ours")).status).toBe(400);
    expect((await call(`/documents?q=${encodeURIComponent('"unclosed NEAR( * OR -x')}`)).status).toBe(200);
  });

  it("needs a valid, unrevoked key (401)", async () => {
    const missing = await call("/documents", { key: null });
    expect(missing.status).toBe(401);
    expect(missing.json.error.code).toBe("unauthorized");
    expect((await call("/documents", { key: "drm_forged" })).status).toBe(401);
    const revoked = await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: "old" } });
    // Used first, so its check is cached: revoking must still stop it at once.
    expect((await call("/documents", { key: revoked.key })).status).toBe(200);
    await revokeApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, id: revoked.id });
    expect((await call("/documents", { key: revoked.key })).status).toBe(401);
  });

  it("creates versions with a base, refuses stale bases with 409 and the head, and validates bodies", async () => {
    const body = (content: string, baseVersion: number) => JSON.stringify({ content, baseVersion, authorName: "api" });
    const created = await call("/documents/tester/versions", { method: "POST", body: body("v2 text", 1) });
    expect([created.status, created.json]).toEqual([201, { created: true, number: 2 }]);
    const unchanged = await call("/documents/tester/versions", { method: "POST", body: body("v2 text", 2) });
    expect([unchanged.status, unchanged.json]).toEqual([200, { created: false, number: 2 }]);
    const stale = await call("/documents/tester/versions", { method: "POST", body: body("other", 1) });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "conflict", details: { head: { number: 2, content: "v2 text" } } });

    const invalid = await call("/documents/tester/versions", { method: "POST", body: JSON.stringify({ content: 5 }) });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.code).toBe("invalid_input");
    const notJson = await call("/documents/tester/versions", { method: "POST", body: "{oops" });
    expect([notJson.status, notJson.json.error.message]).toEqual([400, "The request body is not valid JSON."]);
    expect((await call("/documents/nope/versions", { method: "POST", body: body("x", 1) })).status).toBe(404);
    const versions = await call("/documents/tester/versions");
    expect(versions.json.map((v: { number: number }) => v.number)).toEqual([2, 1]);
  });

  it("serves versions by number as immutable and by label with revalidation", async () => {
    const byNumber = await call("/documents/tester/versions/1");
    expect(byNumber.status).toBe(200);
    expect(byNumber.headers.get("cache-control")).toContain("immutable");
    const etag = byNumber.headers.get("etag") ?? "";
    expect(etag).toMatch(/^".+"$/);
    expect((await call("/documents/tester/versions/1", { headers: { "if-none-match": etag } })).status).toBe(304);

    const label = await call("/documents/tester/labels/production", { method: "PUT", body: JSON.stringify({ version: 1 }) });
    expect(label.json).toEqual({ name: "production", version: 1, moved: true });
    const byLabel = await call("/documents/tester/versions/production");
    expect([byLabel.json.number, byLabel.headers.get("cache-control")]).toEqual([1, "private, no-cache"]);
    expect(byLabel.headers.get("etag")).toBe(etag);

    await call("/documents/tester/labels/production", { method: "PUT", body: JSON.stringify({ version: 2 }) });
    const moved = await call("/documents/tester/versions/production", { headers: { "if-none-match": etag } });
    expect([moved.status, moved.json.number]).toEqual([200, 2]);
    expect((await call("/documents/tester/versions/latest")).json.content).toBe("v2 text");

    expect((await call("/documents/tester/versions/99")).status).toBe(404);
    expect((await call("/documents/tester/versions/no-such-label")).status).toBe(404);
    expect((await call("/documents/tester/versions/Bad%20Label!")).status).toBe(400);
    const badLabel = await call("/documents/tester/labels/latest", { method: "PUT", body: JSON.stringify({ version: 1 }) });
    expect(badLabel.status).toBe(400);
    const noVersion = await call("/documents/tester/labels/staging", { method: "PUT", body: JSON.stringify({ version: 50 }) });
    expect(noVersion.status).toBe(404);
  });

  it("answers unknown paths with 404 and wrong methods with 405, as JSON errors", async () => {
    const unknown = await call("/nothing-here");
    expect([unknown.status, unknown.json.error.code]).toEqual([404, "not_found"]);
    const wrongMethod = await call("/documents/tester", { method: "DELETE" });
    expect([wrongMethod.status, wrongMethod.json.error.message]).toEqual([405, "DELETE is not allowed here; use GET."]);
  });

  it("records the key as the author and label mover, whatever name the body claims", async () => {
    const forged = JSON.stringify({ content: "forged author text", baseVersion: (await call("/documents/tester")).json.latestVersion, authorName: "Olive Owner", message: "m" });
    const saved = await call("/documents/tester/versions", { method: "POST", body: forged });
    expect(saved.status).toBe(201);
    const versions = await call("/documents/tester/versions");
    expect(versions.json[0]).toMatchObject({ number: saved.json.number, authorName: "tests (API key)" });
    const stored = await env.db.version.findFirstOrThrow({ where: { number: saved.json.number, document: { slug: "tester" } } });
    expect(stored.authorName).toBe("tests (API key)");

    const moved = await call("/documents/tester/labels/forged", { method: "PUT", body: JSON.stringify({ version: 1, actorName: "Olive Owner" }) });
    expect(moved.status).toBe(200);
    const event = await env.db.labelEvent.findFirstOrThrow({ where: { name: "forged" } });
    expect(event.actorName).toBe("tests (API key)");
  });
});
