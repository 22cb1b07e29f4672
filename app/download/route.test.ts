import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDocument } from "@/lib/server/documents/create-document";
import { createVersion } from "@/lib/server/documents/create-version";
import { updateDocument } from "@/lib/server/documents/update-document";
import { zipLibraryDocuments } from "@/lib/server/documents/zip-library-documents";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { signUpPerson } from "@/lib/server/testing/sign-up-person";
import { createTestDb, testAccess, useAsDefaultDb } from "@/lib/server/testing/test-db";

const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: request.cookie }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { GET } = await import("./route");

let env: ReturnType<typeof createTestDb>;
let teamId: string;
const cookies: Record<string, string> = {};

async function signUp(name: string, email: string): Promise<string> {
  const person = await signUpPerson(env.db, { name, email });
  cookies[email] = person.cookie;
  return person.userId;
}

async function addDocument(workspaceId: string, title: string, content: string, tags: string[] = [], folder = "") {
  const { slug } = await createDocument({ workspaceId, actor: SYSTEM_ACTOR, input: { title, format: "markdown", folder, authorName: "seed" } });
  const access = await testAccess(env.db, slug, "document.edit");
  await createVersion({ access, actor: SYSTEM_ACTOR, authorName: "seed", input: { content, baseVersion: 1, message: "" } });
  if (tags.length > 0) await updateDocument({ access, actor: SYSTEM_ACTOR, input: { tags } });
  return slug;
}

/** The names and contents in a zip, read through its central directory. */
function entries(zip: Uint8Array): Record<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  const out: Record<string, string> = {};
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true);
    const data = zip.subarray(start, start + size);
    expect(zlib.crc32(data)).toBe(view.getUint32(at + 16, true));
    out[new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))] = new TextDecoder().decode(data);
    at += 46 + nameLength;
  }
  return out;
}

beforeAll(async () => {
  env = createTestDb();
  useAsDefaultDb(env.db);
  const viewer = await signUp("Vic Viewer", "vic@example.com");
  const outsider = await signUp("Oz Outsider", "oz@example.com");
  await signUp("Nell Nobody", "nell@example.com");
  const team = await env.db.workspace.create({ data: { name: "Team" } });
  const elsewhere = await env.db.workspace.create({ data: { name: "Elsewhere" } });
  teamId = team.id;
  await env.db.membership.create({ data: { workspaceId: team.id, userId: viewer, role: "viewer" } });
  await env.db.membership.create({ data: { workspaceId: elsewhere.id, userId: outsider, role: "owner" } });
  await addDocument(team.id, "Reviewer", "---\nname: reviewer\ndescription: Reviews\nversion: 2\n---\nReview.\n", ["agents"]);
  await addDocument(team.id, "Style guide", "# Style\n");
  await addDocument(team.id, "Ops rule", "---\ndescription: Ops\nglobs: ops/**\n---\nCareful.\n", [], "repo/.cursor/rules/ops");
  await addDocument(team.id, "Deploy agent", "---\nname: deployer\ndescription: Deploys\n---\nDeploy.\n", ["agents"], "repo/.claude/agents");
  await addDocument(elsewhere.id, "Secret plan", "---\nname: secret\ndescription: Not yours\n---\nSecret.\n", ["agents"]);
});
afterAll(() => env.cleanup());

const download = async (who: string | null, query: string) => {
  request.cookie = who ? cookies[who]! : "";
  return GET(new Request(`http://localhost:3000/download?${query}`));
};

describe("GET /download (the library as a zip)", () => {
  it("gives a viewer their workspace's documents at their tool's paths, and nothing from another workspace", async () => {
    const response = await download("vic@example.com", "as=claude-agent");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="claude-agents.zip"');
    expect(Object.keys(entries(new Uint8Array(await response.arrayBuffer()))).sort()).toEqual([
      ".claude/agents/deployer.md",
      ".claude/agents/ops-rule.md",
      ".claude/agents/reviewer.md",
      ".claude/agents/style-guide.md",
    ]);
    const tagged = await download("vic@example.com", "as=claude-agent&tag=agents");
    expect(entries(new Uint8Array(await tagged.arrayBuffer()))).toEqual({
      ".claude/agents/deployer.md": "---\nname: deployer\ndescription: Deploys\n---\nDeploy.\n",
      ".claude/agents/reviewer.md": "---\nname: reviewer\ndescription: Reviews\n---\nReview.\n",
    });
    const theirs = entries(new Uint8Array(await (await download("oz@example.com", "as=markdown")).arrayBuffer()));
    expect(theirs).toEqual({ "secret-plan.md": "Secret.\n" });
  });

  it("zips a folder with its subfolders, keeping the subfolders for rules and Markdown", async () => {
    const rules = await download("vic@example.com", "as=cursor-rule&folder=repo");
    expect(rules.headers.get("content-disposition")).toBe('attachment; filename="repo-cursor-rules.zip"');
    expect(entries(new Uint8Array(await rules.arrayBuffer()))).toEqual({
      ".cursor/rules/.claude/agents/deploy-agent.mdc": "---\ndescription: Deploys\nalwaysApply: false\n---\nDeploy.\n",
      ".cursor/rules/ops/ops-rule.mdc": "---\ndescription: Ops\nglobs: ops/**\n---\nCareful.\n",
    });
    const agents = await download("vic@example.com", "as=claude-agent&folder=repo/.claude/agents");
    expect(agents.headers.get("content-disposition")).toBe('attachment; filename="agents-claude-agents.zip"');
    expect(Object.keys(entries(new Uint8Array(await agents.arrayBuffer())))).toEqual([".claude/agents/deployer.md"]);
    const markdown = await download("vic@example.com", "as=markdown&folder=repo/.cursor");
    expect(Object.keys(entries(new Uint8Array(await markdown.arrayBuffer())))).toEqual(["rules/ops/ops-rule.md"]);
    expect((await download("vic@example.com", "as=markdown&folder=nowhere")).status).toBe(404);
    expect((await download("vic@example.com", "as=markdown&folder=a//b")).status).toBe(400);
    // Another workspace's folder of the same name is never reached.
    expect((await download("oz@example.com", "as=markdown&folder=repo")).status).toBe(404);
  });

  it("refuses a bad target (400), no session (401), no workspace or no match (404), too much (413)", async () => {
    expect((await download("vic@example.com", "as=zip")).status).toBe(400);
    expect((await download("vic@example.com", `as=markdown${"&tag=x".repeat(21)}`)).status).toBe(400);
    expect((await download(null, "as=markdown")).status).toBe(401);
    expect((await download("nell@example.com", "as=markdown")).status).toBe(404);
    const none = await download("vic@example.com", "as=markdown&tag=missing");
    expect(none.status).toBe(404);
    expect(await none.json()).toMatchObject({ error: { message: "No document in this workspace carries those tags." } });
    const access = { workspaceId: teamId, role: "viewer" as const };
    await expect(zipLibraryDocuments({ access, target: "markdown", limits: { documents: 1, bytes: 1e9 } })).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(zipLibraryDocuments({ access, target: "markdown", limits: { documents: 10, bytes: 10 } })).rejects.toMatchObject({ code: "payload_too_large" });
  });
});
