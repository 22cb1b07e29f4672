import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-keys/create-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let env: ReturnType<typeof createTestDb>;
const keys: Record<"editor" | "viewer" | "stranger", string> = { editor: "", viewer: "", stranger: "" };
let workspaceId: string;
let strangerWorkspaceId: string;

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const member = await createTestMember(env.db);
  const stranger = await createTestMember(env.db);
  workspaceId = member.workspaceId;
  strangerWorkspaceId = stranger.workspaceId;
  keys.editor = (await createApiKey({ db: env.db, workspaceId, actor: member.actor, input: { name: "editor", role: "editor" } })).key;
  keys.viewer = (await createApiKey({ db: env.db, workspaceId, actor: member.actor, input: { name: "viewer", role: "viewer" } })).key;
  keys.stranger = (await createApiKey({ db: env.db, workspaceId: stranger.workspaceId, actor: stranger.actor, input: { name: "other", role: "editor" } })).key;
  const file = (folder: string, fileName: string, target = workspaceId) =>
    importDocumentFile({ db: env.db, workspaceId: target, folder, fileName, bytes: new TextEncoder().encode(`# ${fileName}\n\nA pirate.\n`), authorName: "seed" });
  await file("", "top.md");
  await file("agents/backend", "api.md");
  await file("agents/backend/db", "schema.md");
  await file("vault", "secret.md", stranger.workspaceId);
});
afterAll(() => env.cleanup());

async function call(path: string, { key = keys.editor, method = "GET", body }: { key?: string; method?: string; body?: unknown } = {}) {
  const headers = new Headers({ authorization: `Bearer ${key}` });
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handleApiRequest(new Request(`http://localhost/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }));
  return { status: response.status, json: response.body ? JSON.parse(response.body) : null };
}
const slugs = (json: { slug: string }[]) => json.map((doc) => doc.slug).sort();

describe("folders over HTTP API v1", () => {
  it("lists a folder's own documents, searches it and below, and carries each document's folder", async () => {
    const listed = await call("/documents?folder=agents/backend");
    expect(listed.status).toBe(200);
    expect(listed.json).toMatchObject([{ slug: "api", folder: "agents/backend" }]);
    expect(slugs((await call("/documents?folder=/")).json)).toEqual(["top"]);
    expect(slugs((await call("/documents?folder=agents&q=pirate")).json)).toEqual(["api", "schema"]);
    expect(slugs((await call(`/documents?q=${encodeURIComponent("pirate folder:agents/backend/db")}`)).json)).toEqual(["schema"]);
    expect((await call("/documents/schema")).json).toMatchObject({ slug: "schema", folder: "agents/backend/db" });
  });

  it("answers a folder path that is not one with 400 and the reason", async () => {
    for (const folder of ["../x", "a//b", "a\\b", "x/./y"]) {
      const listed = await call(`/documents?folder=${encodeURIComponent(folder)}`);
      expect(listed.status, folder).toBe(400);
      const moved = await call("/documents/top/folder", { method: "PUT", body: { folder } });
      expect(moved.status, folder).toBe(400);
      expect(JSON.stringify(moved.json.error.details)).toMatch(/folder|Use/i);
    }
    expect((await call("/folders/move", { method: "POST", body: { from: "agents", to: "../up" } })).status).toBe(400);
    expect((await call("/documents/top/folder", { method: "PUT", body: { folder: "x".repeat(5000) } })).status).toBe(400);
  });

  it("moves a document by PUT …/folder, keeping its slug; viewers get 403 and strangers 404", async () => {
    const moved = await call("/documents/top/folder", { method: "PUT", body: { folder: "/misc/" } });
    expect([moved.status, moved.json]).toEqual([200, { slug: "top", folder: "misc", moved: true }]);
    expect((await call("/documents/top")).json).toMatchObject({ slug: "top", folder: "misc" });
    const viewer = await call("/documents/top/folder", { method: "PUT", key: keys.viewer, body: { folder: "" } });
    expect(viewer.status).toBe(403);
    expect((await call("/documents/top/folder", { method: "PUT", key: keys.stranger, body: { folder: "" } })).status).toBe(404);
    expect((await call("/documents/secret/folder", { method: "PUT", body: { folder: "mine" } })).status).toBe(404);
    expect((await call("/documents/top")).json.folder).toBe("misc");
  });

  it("gives the folder tree with counts and moves folders; only in the caller's own workspace", async () => {
    const tree = await call("/folders");
    expect(tree.status).toBe(200);
    expect(tree.json.workspaceId).toBe(workspaceId);
    expect(tree.json.folders.map((f: { path: string; documents: number; totalDocuments: number }) => [f.path, f.documents, f.totalDocuments])).toEqual(
      expect.arrayContaining([["agents", 0, 2], ["agents/backend", 1, 2], ["agents/backend/db", 1, 1]]),
    );
    expect(JSON.stringify(tree.json)).not.toContain("vault");

    expect((await call("/folders/move", { method: "POST", key: keys.viewer, body: { from: "agents", to: "team" } })).status).toBe(403);
    expect((await call("/folders/move", { method: "POST", body: { from: "vault", to: "stolen" } })).status).toBe(404);
    expect((await call("/folders/move", { method: "POST", body: { from: "vault", to: "stolen", workspaceId: strangerWorkspaceId } })).status).toBe(404);
    expect((await call(`/folders?workspaceId=${strangerWorkspaceId}`)).status).toBe(404);

    const moved = await call("/folders/move", { method: "POST", body: { from: "agents/backend", to: "services" } });
    expect([moved.status, moved.json]).toEqual([200, { from: "agents/backend", to: "services", documents: 2 }]);
    expect((await call("/documents/schema")).json).toMatchObject({ slug: "schema", folder: "services/db" });
    expect((await call("/documents/secret", { key: keys.stranger })).json.folder).toBe("vault");
  });
});
