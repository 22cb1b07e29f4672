import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../api-keys/create-api-key";
import { importDocumentFile } from "../documents/import-document-file";
import { createTestDb, createTestMember, useAsDefaultDb } from "../testing/test-db";
import { handleApiRequest } from "./v1/router";

let env: ReturnType<typeof createTestDb>;
let viewerKey: string;
let otherKey: string;
beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const member = await createTestMember(env.db);
  viewerKey = (await createApiKey({ db: env.db, workspaceId: member.workspaceId, actor: member.actor, input: { name: "ci", role: "viewer" } })).key;
  const bytes = new TextEncoder().encode("---\nname: reviewer\ndescription: Reviews\nglobs: src/*.ts\n---\nReview.\n");
  await importDocumentFile({ db: env.db, workspaceId: member.workspaceId, fileName: "reviewer.md", bytes, authorName: "seed" });
  const stranger = await env.db.workspace.create({ data: { name: "Elsewhere" } });
  otherKey = (await createApiKey({ db: env.db, workspaceId: stranger.id, actor: member.actor, input: { name: "other", role: "editor" } })).key;
});
afterAll(() => env.cleanup());

async function call(path: string, key: string) {
  const response = await handleApiRequest(new Request(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${key}` } }));
  return { status: response.status, json: response.body ? JSON.parse(response.body) : null };
}

describe("GET /api/v1/documents/{slug}/download", () => {
  it("gives a viewer key the converted file, its name and what was dropped", async () => {
    expect(await call("/documents/reviewer/download?as=claude-agent", viewerKey)).toEqual({
      status: 200,
      json: { fileName: "reviewer.md", content: "---\nname: reviewer\ndescription: Reviews\n---\nReview.\n", dropped: ["globs"], added: [], version: 1 },
    });
    expect((await call("/documents/reviewer/download?as=cursor-rule&version=1", viewerKey)).json).toMatchObject({ fileName: "reviewer.mdc", dropped: ["name"] });
  });

  it("answers a bad target with 400, a missing version and another workspace's key with 404", async () => {
    expect((await call("/documents/reviewer/download?as=pdf", viewerKey)).status).toBe(400);
    expect((await call("/documents/reviewer/download?as=markdown&version=7", viewerKey)).status).toBe(404);
    const stranger = await call("/documents/reviewer/download?as=markdown", otherKey);
    expect(stranger.status).toBe(404);
    expect(JSON.stringify(stranger.json)).not.toContain("Review.");
  });
});
