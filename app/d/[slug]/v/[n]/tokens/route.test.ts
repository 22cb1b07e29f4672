import { countTokens } from "gpt-tokenizer/encoding/o200k_base";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { handleAuthRequest } from "@/lib/server/auth/handle-auth-request";
import { createDocument } from "@/lib/server/documents/create-document";
import { createVersion } from "@/lib/server/documents/create-version";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { testAccess, createTestDb, useAsDefaultDb } from "@/lib/server/testing/test-db";

// The route reads the session from the request's headers: a real better-auth cookie.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined }),
}));

const { GET } = await import("./route");

const TEXT = "You review diffs for {{team}}, briefly and kindly.\n";
let env: ReturnType<typeof createTestDb>;
let slug: string;
const cookies: Record<string, string> = {};

async function signUp(name: string, email: string): Promise<string> {
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
  return (await env.db.user.findUniqueOrThrow({ where: { email } })).id;
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const viewer = await signUp("Vic Viewer", "vic@example.com");
  const outsider = await signUp("Oz Outsider", "oz@example.com");
  const workspace = await env.db.workspace.create({ data: { name: "Team" } });
  const elsewhere = await env.db.workspace.create({ data: { name: "Elsewhere" } });
  await env.db.membership.create({ data: { workspaceId: workspace.id, userId: viewer, role: "viewer" } });
  await env.db.membership.create({ data: { workspaceId: elsewhere.id, userId: outsider, role: "owner" } });
  ({ slug } = await createDocument({ workspaceId: workspace.id, actor: SYSTEM_ACTOR, input: { title: "Code reviewer", format: "markdown", authorName: "seed" } }));
  await createVersion({ access: await testAccess(env.db, slug), actor: SYSTEM_ACTOR, authorName: "seed", input: { content: TEXT, baseVersion: 1, message: "" } });
});
afterAll(() => env.cleanup());

const tokens = (n: string, who: string | null) => {
  request.cookie = who ? cookies[who]! : "";
  return GET(new Request(`http://localhost:3000/d/${slug}/v/${n}/tokens`), { params: Promise.resolve({ slug, n }) });
};

describe("GET /d/<slug>/v/<n>/tokens", () => {
  it("gives a reader the version's characters and exact token count", async () => {
    const answer = await tokens("2", "vic@example.com");
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ number: 2, characters: TEXT.length, tokens: countTokens(TEXT) });
  });

  it("refuses a bad number with 400, a missing version with 404, a stranger with 404 and no session with 401", async () => {
    expect((await tokens("two", "vic@example.com")).status).toBe(400);
    expect((await tokens("9", "vic@example.com")).status).toBe(404);
    expect((await tokens("2", "oz@example.com")).status).toBe(404);
    expect((await tokens("2", null)).status).toBe(401);
  });
});
