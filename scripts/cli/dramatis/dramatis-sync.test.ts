import { readFile, readdir, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { startSyncServer, tempDir } from "./test-server";

let server: Awaited<ReturnType<typeof startSyncServer>>;
const seed = async (fileName: string, text: string) =>
  importDocumentFile({ db: server.env.db, workspaceId: server.owner.workspaceId, fileName, bytes: new TextEncoder().encode(text), authorName: "seed" });
const read = (dir: string, file: string) => readFile(path.join(dir, file), "utf8");
const manifestOf = async (dir: string) => JSON.parse(await read(dir, "dramatis.json"));
const versionsOf = async (slug: string) => (await server.api("GET", `/documents/${slug}/versions`)).json as unknown as { number: number }[];
const saveInDramatis = async (slug: string, content: string) => {
  const head = (await server.api("GET", `/documents/${slug}`)).json.latestVersion as unknown as number;
  expect((await server.api("POST", `/documents/${slug}/versions`, { content, baseVersion: head })).status).toBe(201);
};

const REVIEWER = "---\nname: reviewer\ndescription: Reviews code\n---\n\nYou review {{language}} code.\nBe brief.\nEnd.\n";
const WRITER = "# Writer\r\n\r\nWrites release notes.\r\nNo trailing newline";

beforeAll(async () => {
  server = await startSyncServer();
  await seed("reviewer.md", REVIEWER);
  await seed("writer.md", WRITER);
});
afterAll(() => server.stop());

describe("dramatis pull, edit, push, status, diff", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("pulls every document with its exact bytes and records them in dramatis.json", async () => {
    const pulled = await server.run(dir, ["pull"]);
    expect(pulled).toMatchObject({ code: 0, stderr: "" });
    expect(pulled.stdout).toContain("pulled 2 documents: 2 written");
    expect(await readFile(path.join(dir, "reviewer.md"))).toEqual(Buffer.from(REVIEWER));
    expect(await readFile(path.join(dir, "writer.md"))).toEqual(Buffer.from(WRITER));
    const manifest = await manifestOf(dir);
    expect(manifest).toMatchObject({ workspace: server.owner.workspaceId, folder: "", files: { "reviewer.md": { slug: "reviewer", version: 1 } } });
    expect(Object.keys(manifest.files)).toEqual(["reviewer.md", "writer.md"]);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("changes nothing when pulled and pushed again without edits", async () => {
    const before = await manifestOf(dir);
    expect((await server.run(dir, ["pull"])).stdout).toContain("0 written");
    const pushed = await server.run(dir, ["push"]);
    expect(pushed).toMatchObject({ code: 0, stdout: "nothing to push\n" });
    expect(await manifestOf(dir)).toEqual(before);
    expect(await versionsOf("reviewer")).toHaveLength(1);
    expect((await server.run(dir, ["status"])).stdout).toBe("up to date\n");
  });

  it("pushes an edit as a new version, byte for byte, and a new file as a new document", async () => {
    await writeFile(path.join(dir, "reviewer.md"), REVIEWER.replace("Be brief.", "Be brief and kind."));
    await writeFile(path.join(dir, "planner.md"), "# Planner\n\nPlans the week.\n");
    const status = await server.run(dir, ["status"]);
    expect(status.stdout).toBe("planner.md: new (push creates it)\nreviewer.md: modified\n");
    const diff = await server.run(dir, ["diff"]);
    expect(diff.stdout).toContain("-Be brief.\n+Be brief and kind.\n");
    expect(diff.stdout).toContain("--- a/reviewer.md\treviewer v1");

    const pushed = await server.run(dir, ["push", "--message", "From the repository"]);
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain("updated reviewer.md: version 2");
    expect(pushed.stdout).toContain("created planner.md as planner");
    const saved = await server.api("GET", "/documents/reviewer/versions/2");
    expect(saved.json).toMatchObject({ content: REVIEWER.replace("Be brief.", "Be brief and kind."), message: "From the repository", authorName: "editor key (API key)" });
    expect((await server.api("GET", "/documents/planner/versions/latest")).json.content).toBe("# Planner\n\nPlans the week.\n");
    expect((await manifestOf(dir)).files["planner.md"]).toMatchObject({ slug: "planner", version: 1 });
    expect((await server.run(dir, ["status"])).stdout).toBe("up to date\n");
  });

  it("merges a push with changes saved meanwhile to other lines, and writes the merge back", async () => {
    await saveInDramatis("reviewer", (await read(dir, "reviewer.md")).replace("End.", "The end."));
    expect((await server.run(dir, ["status"])).stdout).toBe("reviewer.md: Dramatis has v3 (pulled v2)\n");
    await writeFile(path.join(dir, "reviewer.md"), (await read(dir, "reviewer.md")).replace("description: Reviews code", "description: Reviews code carefully"));
    const pushed = await server.run(dir, ["push"]);
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain("merged reviewer.md with changes saved meanwhile: version 4");
    const merged = await read(dir, "reviewer.md");
    expect(merged).toContain("description: Reviews code carefully");
    expect(merged).toContain("The end.");
    expect((await server.api("GET", "/documents/reviewer/versions/4")).json.content).toBe(merged);
    expect((await server.run(dir, ["status"])).stdout).toBe("up to date\n");
  });

  it("writes conflict markers when both sides changed the same line, saves nothing, and refuses to push markers", async () => {
    await saveInDramatis("reviewer", (await read(dir, "reviewer.md")).replace("Be brief and kind.", "Be thorough."));
    await writeFile(path.join(dir, "reviewer.md"), (await read(dir, "reviewer.md")).replace("Be brief and kind.", "Be terse."));
    const pushed = await server.run(dir, ["push"]);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toContain("CONFLICT reviewer.md");
    const conflicted = await read(dir, "reviewer.md");
    expect(conflicted).toContain("<<<<<<< your edits\nBe terse.\n=======\nBe thorough.\n>>>>>>> saved meanwhile\n");
    expect(await versionsOf("reviewer")).toHaveLength(5);
    expect((await server.run(dir, ["status"])).stdout).toBe("reviewer.md: conflict markers\n");

    const refused = await server.run(dir, ["push"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/reviewer\.md still has conflict markers \(line \d+\)/);
    expect(await versionsOf("reviewer")).toHaveLength(5);

    await writeFile(path.join(dir, "reviewer.md"), conflicted.replace(/<<<<<<< your edits\n.*\n=======\n.*\n>>>>>>> saved meanwhile\n/, "Be terse but thorough.\n"));
    const resolved = await server.run(dir, ["push"]);
    expect(resolved).toMatchObject({ code: 0 });
    expect(resolved.stdout).toContain("updated reviewer.md: version 6");
  });

  it("merges a pull into a file with local changes, or writes markers, never overwriting", async () => {
    await saveInDramatis("writer", WRITER.replace("Writes release notes.", "Writes release notes and changelogs."));
    await writeFile(path.join(dir, "writer.md"), WRITER.replace("# Writer", "# Writer of notes"));
    const clean = await server.run(dir, ["pull"]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("merged writer.md");
    expect(await read(dir, "writer.md")).toBe("# Writer of notes\r\n\r\nWrites release notes and changelogs.\r\nNo trailing newline");
    expect((await server.run(dir, ["status"])).stdout).toBe("writer.md: modified\n");

    await saveInDramatis("writer", (await read(dir, "writer.md")).replace("# Writer of notes", "# Notes writer"));
    await writeFile(path.join(dir, "writer.md"), (await read(dir, "writer.md")).replace("# Writer of notes", "# The writer"));
    const conflict = await server.run(dir, ["pull"]);
    expect(conflict.code).toBe(1);
    expect(conflict.stdout).toContain("CONFLICT writer.md: 1 conflict with version 3");
    expect(await read(dir, "writer.md")).toContain("<<<<<<< your edits\n# The writer\r\n=======\n# Notes writer\r\n>>>>>>> saved meanwhile\n");
  });

  it("reports a deleted file and archives its document only with push --delete", async () => {
    await unlink(path.join(dir, "planner.md"));
    expect((await server.run(dir, ["status"])).stdout).toContain("planner.md: deleted (push --delete archives it)");
    // The conflict above, resolved by taking the original text.
    await writeFile(path.join(dir, "writer.md"), WRITER);
    const kept = await server.run(dir, ["push"]);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain("deleted planner.md: not archived in Dramatis (push --delete does that)");
    expect((await server.api("GET", "/documents/planner")).json.archived).toBe(false);
    const archived = await server.run(dir, ["push", "--delete"]);
    expect(archived).toMatchObject({ code: 0 });
    expect(archived.stdout).toContain("archived planner.md");
    expect((await server.api("GET", "/documents/planner")).json.archived).toBe(true);
    expect((await manifestOf(dir)).files["planner.md"]).toBeUndefined();
    expect((await server.run(dir, ["pull"])).stdout).not.toContain("planner");
  });
});

describe("labels, drift checks and rendering", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await seed("greeter.md", "Hello {{name}}!\n");
    await saveInDramatis("greeter", "Hello {{name}}, welcome!\n");
    expect((await server.api("PUT", "/documents/greeter/labels/production", { version: 1 })).status).toBe(200);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("pulls what a label points at and remembers the label", async () => {
    const pulled = await server.run(dir, ["pull", "--label", "production"]);
    expect(pulled.stdout).toContain("pulled 1 document at production");
    expect(pulled.stdout).toMatch(/documents? without label production: not pulled \(.*reviewer/);
    expect(await read(dir, "greeter.md")).toBe("Hello {{name}}!\n");
    expect(await manifestOf(dir)).toMatchObject({ label: "production", files: { "greeter.md": { version: 1 } } });
  });

  it("status --check passes while the files match the label and names each file that drifted", async () => {
    expect(await server.run(dir, ["status", "--check"])).toMatchObject({ code: 0, stdout: "no drift: every file matches label production\n" });
    await writeFile(path.join(dir, "greeter.md"), "Hello {{name}}! (edited in the repository)\n");
    const drift = await server.run(dir, ["status", "--check"]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toBe("greeter.md: differs from label production (greeter v1)\n1 drifted from label production\n");
    await writeFile(path.join(dir, "greeter.md"), "Hello {{name}}!\n");
    expect((await server.run(dir, ["status", "--check"])).code).toBe(0);
    // The label moving on in Dramatis is drift too: the repository copy is now stale.
    await server.api("PUT", "/documents/greeter/labels/production", { version: 2 });
    const stale = await server.run(dir, ["status", "--check"]);
    expect([stale.code, stale.stdout]).toEqual([1, "greeter.md: differs from label production (greeter v2)\n1 drifted from label production\n"]);
    expect((await server.run(dir, ["status", "--check", "--label", "latest"])).stdout).toContain("missing here (reviewer");
  });

  it("renders a document with values, by label, exactly", async () => {
    const values = path.join(dir, "values.json");
    await writeFile(values, JSON.stringify({ name: "Ada" }));
    const latest = await server.run(dir, ["render", "greeter", "--values", values]);
    expect(latest).toMatchObject({ code: 0, stdout: "Hello Ada, welcome!\n", stderr: "" });
    await server.api("PUT", "/documents/greeter/labels/production", { version: 1 });
    expect((await server.run(dir, ["render", "greeter", "--label", "production", "--values", values])).stdout).toBe("Hello Ada!\n");
    const missing = await server.run(dir, ["render", "greeter"]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([0, "Hello {{name}}, welcome!\n", "no value for name\n"]);
    const strict = await server.run(dir, ["render", "greeter", "--strict"]);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain("(422)");
  });

  it("pull --render writes rendered files into --out and leaves the folder alone", async () => {
    await writeFile(path.join(dir, "values.json"), JSON.stringify({ name: "Ada" }));
    const manifest = await read(dir, "dramatis.json");
    const out = path.join(dir, "rendered");
    const rendered = await server.run(dir, ["pull", "--render", "values.json", "--out", "rendered"]);
    expect(rendered).toMatchObject({ code: 0 });
    expect(await read(out, "greeter.md")).toBe("Hello Ada!\n");
    expect(await read(dir, "dramatis.json")).toBe(manifest);
    // The rendered copies sit inside the synced folder, yet are outputs, never new documents.
    expect((await server.run(dir, ["status"])).stdout).not.toContain("rendered/");
  });
});

describe("library folders", () => {
  it("mirrors one folder and those below it as subfolders, and creates pushed files in the matching folder", async () => {
    const inFolder = (fileName: string, folder: string, text: string) =>
      importDocumentFile({ db: server.env.db, workspaceId: server.owner.workspaceId, fileName, folder, bytes: new TextEncoder().encode(text), authorName: "seed" });
    await inFolder("critic.md", "agents/claude", "# Critic\n");
    await inFolder("api.md", "agents/claude/backend", "# API\n");
    await inFolder("outsider.md", "agents/other", "# Outsider\n");
    const dir = await tempDir();
    const pulled = await server.run(dir, ["pull", "--folder", "/agents/claude/"]);
    expect(pulled.stdout).toContain("pulled 2 documents: 2 written");
    expect(await read(dir, "critic.md")).toBe("# Critic\n");
    expect(await read(dir, "backend/api.md")).toBe("# API\n");
    expect((await manifestOf(dir)).folder).toBe("agents/claude");

    await writeFile(path.join(dir, "backend/worker.md"), "# Worker\n");
    expect((await server.run(dir, ["push"])).stdout).toContain("created backend/worker.md as worker");
    const created = await server.env.db.document.findUniqueOrThrow({ where: { slug: "worker" }, select: { folder: true } });
    expect(created.folder).toBe("agents/claude/backend");
    // Moved in the app: the unchanged file follows into the new subfolder, keeping its name.
    expect((await server.api("PUT", "/documents/critic/folder", { folder: "agents/claude/reviewers" })).status).toBe(200);
    expect((await server.run(dir, ["pull"])).stdout).toContain("moved critic.md to reviewers/critic.md: moved in Dramatis");
    expect(await read(dir, "reviewers/critic.md")).toBe("# Critic\n");
    expect((await server.run(dir, ["status"])).stdout).toBe("up to date\n");
    const other = await tempDir();
    expect((await server.run(other, ["pull", "--folder", "agents/claude/backend"])).stdout).toContain("pulled 2 documents");
    expect((await readdir(other)).sort()).toEqual(["api.md", "dramatis.json", "worker.md"]);
    expect((await server.run(other, ["pull", "--folder", "a//b"])).code).toBe(2);
    await rm(dir, { recursive: true, force: true });
    await rm(other, { recursive: true, force: true });
  });
});

describe("the dramatis bin", () => {
  it("runs as a command from another folder (npx dramatis, npm link)", async () => {
    const { execFile } = await import("node:child_process");
    const dir = await tempDir();
    const bin = path.resolve(import.meta.dirname, "bin.cjs");
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(process.execPath, [bin, "pull"], { cwd: dir, env: { ...process.env, DRAMATIS_URL: server.url, DRAMATIS_KEY: server.editor.key } }, (_error, stdout) =>
        resolve({ code: child.exitCode, stdout }),
      );
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("written");
    expect((await stat(path.join(dir, "dramatis.json"))).isFile()).toBe(true);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);
});
