import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { handleAuthRequest } from "@/lib/server/auth/handle-auth-request";
import { createDocument } from "@/lib/server/documents/create-document";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { createTestDb, useAsDefaultDb } from "@/lib/server/testing/test-db";

// The document settings form saves its folder through updateDocumentAction, as a real
// browser would call it: with a better-auth session cookie in the request's headers.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { updateDocumentAction } = await import("./actions");

let env: ReturnType<typeof createTestDb>;
let slug: string;
const cookies: Record<string, string> = {};

async function signUp(name: string, email: string) {
  const auth = (path: string) =>
    handleAuthRequest(
      new Request(`http://localhost:3000/api/auth/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ name, email, password: "a-long-enough-password" }),
      }),
    );
  await auth("sign-up/email");
  cookies[email] = ((await auth("sign-in/email")).headers.get("set-cookie") ?? "").split(";")[0]!;
  return env.db.user.findUniqueOrThrow({ where: { email } });
}

const folderOf = async () => (await env.db.document.findFirstOrThrow({ where: { slug }, select: { folder: true } })).folder;

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const editor = await signUp("Ada Editor", "ada@example.com");
  const viewer = await signUp("Vic Viewer", "vic@example.com");
  const workspace = await env.db.workspace.create({ data: { name: "Ada's" } });
  await env.db.membership.create({ data: { workspaceId: workspace.id, userId: editor.id, role: "editor" } });
  await env.db.membership.create({ data: { workspaceId: workspace.id, userId: viewer.id, role: "viewer" } });
  ({ slug } = await createDocument({ workspaceId: workspace.id, actor: SYSTEM_ACTOR, input: { title: "Filed", format: "plain", authorName: "seed" } }));
});
afterAll(() => env.cleanup());

describe("the folder in the document settings", () => {
  it("moves the document with the other settings, keeping its slug, and audits the move", async () => {
    request.cookie = cookies["ada@example.com"]!;
    const saved = await updateDocumentAction({ slug, title: "Filed", description: "", tags: [], folder: " /agents/backend/ " });
    expect(saved).toEqual({ ok: true, data: { slug } });
    expect(await folderOf()).toBe("agents/backend");
    const event = await env.db.auditEvent.findFirstOrThrow({ where: { action: "document.update" }, orderBy: { createdAt: "desc" } });
    expect(event.actorName).toBe("Ada Editor");
    expect(JSON.parse(event.before!)).toMatchObject({ folder: "" });
    expect(JSON.parse(event.after!)).toMatchObject({ folder: "agents/backend" });

    // Emptying the field puts it back at the top level.
    expect(await updateDocumentAction({ slug, folder: "" })).toMatchObject({ ok: true });
    expect(await folderOf()).toBe("");
  });

  it("refuses a bad path with the contract's reason under the field, and saves nothing of the form", async () => {
    request.cookie = cookies["ada@example.com"]!;
    const refused = await updateDocumentAction({ slug, title: "Renamed", folder: "agents/../secrets" });
    expect(refused).toMatchObject({ ok: false, code: "invalid_input" });
    expect(refused.ok ? null : refused.fieldErrors?.folder?.[0]).toMatch(/\.\./);
    const doc = await env.db.document.findFirstOrThrow({ where: { slug }, select: { folder: true, title: true } });
    expect(doc).toEqual({ folder: "", title: "Filed" });
  });

  it("does not let a viewer move the document", async () => {
    request.cookie = cookies["vic@example.com"]!;
    const refused = await updateDocumentAction({ slug, folder: "viewer/was/here" });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await folderOf()).toBe("");
  });
});
