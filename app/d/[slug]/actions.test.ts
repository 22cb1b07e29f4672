import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDocument } from "@/lib/server/documents/create-document";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { signUpPerson } from "@/lib/server/testing/sign-up-person";
import { createTestDb, useAsDefaultDb } from "@/lib/server/testing/test-db";

// Server actions read the session from the request's headers: here, a real better-auth
// session cookie, as the browser would send it.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveVersionAction, restoreVersionAction, setLabelAction } = await import("./actions");

let env: ReturnType<typeof createTestDb>;
let slug: string;
beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const workspace = await env.db.workspace.create({ data: { name: "Ada's" } });
  request.cookie = (await signUpPerson(env.db, { name: "Ada Editor", email: "ada@example.com", member: { workspaceId: workspace.id, role: "owner" } })).cookie;
  ({ slug } = await createDocument({ workspaceId: workspace.id, actor: SYSTEM_ACTOR, input: { title: "Authored", format: "plain", authorName: "seed" } }));
});
afterAll(() => env.cleanup());

describe("server actions record the session's person as the author", () => {
  it("ignores a forged authorName in a save, a restore and a label move", async () => {
    expect(request.cookie).toMatch(/session_token=/);
    // A crafted call can send any object, whatever the TypeScript signature says.
    const forged = { authorName: "Olive Owner", actorName: "Olive Owner" } as object;
    const saved = await saveVersionAction({ slug, content: "new text", baseVersion: 1, ...forged });
    expect(saved).toMatchObject({ ok: true, data: { created: true, number: 2 } });
    const restored = await restoreVersionAction({ slug, version: 1, ...forged });
    expect(restored).toMatchObject({ ok: true, data: { number: 3 } });
    expect(await setLabelAction({ slug, name: "production", version: 2, ...forged })).toMatchObject({ ok: true });

    const versions = await env.db.version.findMany({ where: { document: { slug } }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.authorName)).toEqual(["seed", "Ada Editor", "Ada Editor"]);
    const labelEvent = await env.db.labelEvent.findFirstOrThrow({ where: { document: { slug } } });
    expect(labelEvent.actorName).toBe("Ada Editor");
  });

  it("saves nothing without a session", async () => {
    const cookie = request.cookie;
    request.cookie = "";
    try {
      expect(await saveVersionAction({ slug, content: "anonymous", baseVersion: 3 })).toMatchObject({ ok: false });
    } finally {
      request.cookie = cookie;
    }
  });
});
