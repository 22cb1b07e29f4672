import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SYNC_PUSH_FILES, SYNC_READ_BUDGET_BYTES } from "@/lib/contracts/sync";
import { createApiKey } from "../api-keys/create-api-key";
import { handleApiRequest } from "../api/v1/router";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";
import { contentSha256 } from "./content-hash";

let env: ReturnType<typeof createTestDb>;
let keys: { editor: string; viewer: string; stranger: string };
let ids: Record<string, string>;

const seed = async (workspaceId: string, fileName: string, text: string) => {
  const outcome = await importDocumentFile({ db: env.db, workspaceId, fileName, bytes: new TextEncoder().encode(text), authorName: "seed" });
  if (outcome.action !== "created") throw new Error(`seed ${fileName}: ${outcome.action}`);
  return (await env.db.document.findUniqueOrThrow({ where: { slug: outcome.slug }, select: { id: true } })).id;
};

async function call(method: string, path: string, body?: unknown, key = keys.editor) {
  const headers = new Headers({ authorization: `Bearer ${key}` });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handleApiRequest(new Request(`http://localhost/api/v1${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) }));
  return { status: response.status, json: response.body ? JSON.parse(response.body) : null };
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const owner = await createTestMember(env.db);
  const stranger = await createTestMember(env.db);
  const key = async (workspaceId: string, role: "editor" | "viewer") =>
    (await createApiKey({ db: env.db, workspaceId, actor: owner.actor, input: { name: role, role } })).key;
  keys = { editor: await key(owner.workspaceId, "editor"), viewer: await key(owner.workspaceId, "viewer"), stranger: await key(stranger.workspaceId, "editor") };
  ids = {
    alpha: await seed(owner.workspaceId, "alpha.md", "Alpha\n"),
    beta: await seed(owner.workspaceId, "beta.md", "Beta\r\nline\r\n"),
    secret: await seed(stranger.workspaceId, "secret.md", "Secret\n"),
  };
});
afterAll(() => env.cleanup());

describe("GET /api/v1/sync/documents", () => {
  it("lists the workspace's documents with versions and the hash of their exact bytes, nobody else's", async () => {
    const { status, json } = await call("GET", "/sync/documents", undefined, keys.viewer);
    expect(status).toBe(200);
    expect(json.documents.map((document: { slug: string }) => document.slug)).toEqual(["alpha", "beta"]);
    expect(json.documents[1]).toMatchObject({ id: ids.beta, version: 1, latestVersion: 1, sha256: contentSha256("Beta\r\nline\r\n"), size: 12 });
    const theirs = await call("GET", "/sync/documents", undefined, keys.stranger);
    expect(theirs.json.documents.map((document: { slug: string }) => document.slug)).toEqual(["secret"]);
  });

  it("lists what a label points at, naming documents without it", async () => {
    await call("POST", "/documents/alpha/versions", { content: "Alpha 2\n", baseVersion: 1 });
    await call("PUT", "/documents/alpha/labels/production", { version: 1 });
    const { json } = await call("GET", "/sync/documents?label=production");
    expect(json.documents).toEqual([expect.objectContaining({ slug: "alpha", version: 1, latestVersion: 2, sha256: contentSha256("Alpha\n") })]);
    expect(json.withoutLabel).toEqual(["beta"]);
    expect((await call("GET", "/sync/documents?label=Not%20A%20Label")).status).toBe(400);
    expect((await call("GET", "/sync/documents?workspaceId=elsewhere")).status).toBe(404);
  });
});

describe("POST /api/v1/sync/versions", () => {
  it("reads many versions at once; another workspace's come back as missing, never their text", async () => {
    const { status, json } = await call("POST", "/sync/versions", { versions: [{ id: ids.beta, version: 1 }, { id: ids.secret, version: 1 }, { id: ids.alpha, version: 9 }] });
    expect(status).toBe(200);
    expect(json.versions).toEqual([{ id: ids.beta, version: 1, slug: "beta", content: "Beta\r\nline\r\n" }]);
    expect(json.missing).toEqual([{ id: ids.secret, version: 1 }, { id: ids.alpha, version: 9 }]);
    expect(JSON.stringify(json)).not.toContain("Secret");
  });

  it("bounds the request and the answer", async () => {
    expect((await call("POST", "/sync/versions", { versions: Array.from({ length: 501 }, () => ({ id: ids.beta, version: 1 })) })).status).toBe(400);
    expect((await call("POST", "/sync/versions", { versions: [] })).status).toBe(400);
    const big = "x".repeat(1_900_000);
    const bigIds = [];
    for (let i = 0; i < 6; i++) bigIds.push(await seed((await env.db.document.findUniqueOrThrow({ where: { id: ids.alpha } })).workspaceId, `big-${i}.md`, `${big}${i}\n`));
    const { json } = await call("POST", "/sync/versions", { versions: bigIds.map((id) => ({ id, version: 1 })) });
    const bytes = json.versions.reduce((sum: number, version: { content: string }) => sum + version.content.length, 0);
    expect(json.versions.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(SYNC_READ_BUDGET_BYTES + 2_000_000);
    expect(json.remaining.length).toBeGreaterThan(0);
    expect(json.versions.length + json.remaining.length).toBe(6);
    for (const id of bigIds) await env.db.document.update({ where: { id }, data: { archivedAt: new Date() } });
  });
});

describe("POST /api/v1/sync/push", () => {
  it("refuses viewer keys (403) and saves nothing", async () => {
    const { status, json } = await call("POST", "/sync/push", { files: [{ path: "beta.md", id: ids.beta, baseVersion: 1, content: "hacked" }] }, keys.viewer);
    expect(status).toBe(403);
    expect(json.error.code).toBe("forbidden");
    expect(await env.db.version.count({ where: { documentId: ids.beta } })).toBe(1);
  });

  it("rejects another workspace's document like one that does not exist", async () => {
    const { status, json } = await call("POST", "/sync/push", { files: [{ path: "secret.md", id: ids.secret, baseVersion: 1, content: "mine now" }] });
    expect(status).toBe(200);
    expect(json.results).toEqual([{ path: "secret.md", id: ids.secret, outcome: "rejected", message: expect.stringContaining("no such document in this workspace") }]);
    expect(await env.db.version.count({ where: { documentId: ids.secret } })).toBe(1);
  });

  it("answers per file: unchanged, updated, conflict, created, duplicates rejected", async () => {
    const { json } = await call("POST", "/sync/push", {
      files: [
        { path: "beta.md", id: ids.beta, baseVersion: 1, content: "Beta\r\nline\r\n" },
        { path: "alpha.md", id: ids.alpha, baseVersion: 2, content: "Alpha 3\n" },
        { path: "alpha-again.md", id: ids.alpha, baseVersion: 1, content: "Alpha other\n" },
        { path: "sub/gamma.md", content: "# Gamma\n" },
      ],
    });
    expect(json.results.map((result: { outcome: string }) => result.outcome)).toEqual(["unchanged", "updated", "rejected", "created"]);
    const stale = await call("POST", "/sync/push", { files: [{ path: "alpha.md", id: ids.alpha, baseVersion: 1, content: "Alpha conflicting\n" }] });
    expect(stale.json.results[0]).toMatchObject({ outcome: "conflict", version: 3, sha256: contentSha256("Alpha 3\n") });
    expect(stale.json.results[0].content).toBe("<<<<<<< your edits\nAlpha conflicting\n=======\nAlpha 3\n>>>>>>> saved meanwhile\n");
    expect(await env.db.version.count({ where: { documentId: ids.alpha } })).toBe(3);
  });

  it("archives only when nobody saved since the base, and refuses pushes to archived documents", async () => {
    const stale = await call("POST", "/sync/push", { files: [{ path: "alpha.md", id: ids.alpha, baseVersion: 2, delete: true }] });
    expect(stale.json.results[0]).toMatchObject({ outcome: "conflict", version: 3 });
    expect((await env.db.document.findUniqueOrThrow({ where: { id: ids.alpha } })).archivedAt).toBeNull();
    const archived = await call("POST", "/sync/push", { files: [{ path: "alpha.md", id: ids.alpha, baseVersion: 3, delete: true }] });
    expect(archived.json.results[0]).toMatchObject({ outcome: "archived" });
    const after = await call("POST", "/sync/push", { files: [{ path: "alpha.md", id: ids.alpha, baseVersion: 3, content: "again" }] });
    expect(after.json.results[0]).toMatchObject({ outcome: "rejected", message: expect.stringContaining("archived") });
  });

  it("bounds the body: file count, content size, shape", async () => {
    const many = Array.from({ length: MAX_SYNC_PUSH_FILES + 1 }, (_, i) => ({ path: `f${i}.md`, content: "x" }));
    expect((await call("POST", "/sync/push", { files: many })).status).toBe(400);
    expect((await call("POST", "/sync/push", { files: [{ path: "big.md", content: "x".repeat(2 * 1024 * 1024 + 1) }] })).status).toBe(400);
    expect((await call("POST", "/sync/push", { files: [{ path: "a.md", id: ids.beta, delete: true }] })).status).toBe(400);
    expect((await call("POST", "/sync/push", { files: [{ path: "a.md", id: ids.beta, content: "no base" }] })).status).toBe(400);
    const huge = JSON.stringify({ files: [1, 2, 3].map((i) => ({ path: `h${i}.md`, content: "y".repeat(2_000_000) })) });
    expect((await call("POST", "/sync/push", huge)).status).toBe(413);
    expect(await env.db.document.count({ where: { slug: { startsWith: "h" } } })).toBe(0);
  });

  it("is in the OpenAPI document", async () => {
    const { json } = await call("GET", "/openapi.json");
    expect(Object.keys(json.paths)).toEqual(expect.arrayContaining(["/api/v1/sync/documents", "/api/v1/sync/versions", "/api/v1/sync/push"]));
  });
});
