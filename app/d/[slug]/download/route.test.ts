import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDocument } from "@/lib/server/documents/create-document";
import { createVersion } from "@/lib/server/documents/create-version";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { signUpPerson } from "@/lib/server/testing/sign-up-person";
import { testAccess, createTestDb, useAsDefaultDb } from "@/lib/server/testing/test-db";

// The route reads the session from the request's headers: a real better-auth cookie.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined }),
}));

const { GET } = await import("./route");

const AGENT = "---\nname: reviewer\ndescription: Reviews diffs\ntools: Read, Grep\nversion: 2\n---\nYou review.\n";
let env: ReturnType<typeof createTestDb>;
let slug: string;
const cookies: Record<string, string> = {};

async function signUp(name: string, email: string): Promise<string> {
  const person = await signUpPerson(env.db, { name, email });
  cookies[email] = person.cookie;
  return person.userId;
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
  await createVersion({ access: await testAccess(env.db, slug), actor: SYSTEM_ACTOR, authorName: "seed", input: { content: AGENT, baseVersion: 1, message: "" } });
});
afterAll(() => env.cleanup());

const download = (as: string, who: string | null, extra = "") => {
  request.cookie = who ? cookies[who]! : "";
  return GET(new Request(`http://localhost:3000/d/${slug}/download?as=${as}${extra}`), { params: Promise.resolve({ slug }) });
};

describe("GET /d/<slug>/download", () => {
  it("lets a viewer download the newest version as an agent, a rule or Markdown, each named for its tool", async () => {
    const agent = await download("claude-agent", "vic@example.com");
    expect(agent.status).toBe(200);
    expect(agent.headers.get("content-disposition")).toBe('attachment; filename="reviewer.md"');
    expect(agent.headers.get("x-dramatis-dropped")).toBe("version");
    expect(await agent.text()).toBe("---\nname: reviewer\ndescription: Reviews diffs\ntools: Read, Grep\n---\nYou review.\n");

    const rule = await download("cursor-rule", "vic@example.com");
    expect(rule.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.mdc"`);
    expect(rule.headers.get("x-dramatis-dropped")).toBe("name,tools,version");
    expect(await rule.text()).toBe("---\ndescription: Reviews diffs\nalwaysApply: false\n---\nYou review.\n");

    const markdown = await download("markdown", "vic@example.com");
    expect(markdown.headers.get("content-disposition")).toBe(`attachment; filename="${slug}.md"`);
    expect(await markdown.text()).toBe("You review.\n");
  });

  it("takes an older version when asked, and 404s for one that does not exist", async () => {
    const starter = (await env.db.version.findFirstOrThrow({ where: { document: { slug }, number: 1 } })).content;
    const first = await download("claude-agent", "vic@example.com", "&version=1");
    expect(await first.text()).toBe(`---\nname: ${slug}\ndescription: Code reviewer\n---\n${starter}`);
    expect((await download("markdown", "vic@example.com", "&version=9")).status).toBe(404);
  });

  it("refuses an unknown target with 400, a stranger's workspace with 404, and no session with 401", async () => {
    const bad = await download("docx", "vic@example.com");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_input" } });
    const stranger = await download("claude-agent", "oz@example.com");
    expect(stranger.status).toBe(404);
    expect(await stranger.text()).not.toContain("You review");
    expect((await download("claude-agent", null)).status).toBe(401);
  });
});
