import { mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { createTestMember } from "@/lib/server/testing/test-db";
import { configFile } from "./config";
import { startSyncServer, tempDir } from "./test-server";

let server: Awaited<ReturnType<typeof startSyncServer>>;
let dir: string;
const oneLine = (text: string) => expect(text.trimEnd().split("\n")).toHaveLength(1);
const documentCount = () => server.env.db.document.count();

beforeAll(async () => {
  server = await startSyncServer();
  await importDocumentFile({ db: server.env.db, workspaceId: server.owner.workspaceId, fileName: "tester.md", bytes: new TextEncoder().encode("You test.\n"), authorName: "seed" });
  dir = await tempDir();
  expect((await server.run(dir, ["pull"])).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await server.stop();
});

describe("the server cannot be used", () => {
  it("says in one line that an unreachable server cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const result = await server.run(dir, ["status"], { DRAMATIS_URL: `http://127.0.0.1:${port}` });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`Cannot reach http://127.0.0.1:${port} (ECONNREFUSED).\n`);
  });

  it("says a revoked key was refused", async () => {
    const key = await server.newKey("editor");
    expect((await server.run(dir, ["status"], { DRAMATIS_KEY: key.key })).code).toBe(0);
    await revokeApiKey({ db: server.env.db, workspaceId: server.owner.workspaceId, actor: server.owner.actor, id: key.id });
    const result = await server.run(dir, ["pull"], { DRAMATIS_KEY: key.key });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("The server refused the API key (401");
    oneLine(result.stderr);
  });

  it("lets a viewer key pull but not push (403), and saves nothing", async () => {
    const viewer = await server.newKey("viewer");
    expect((await server.run(dir, ["pull"], { DRAMATIS_KEY: viewer.key })).code).toBe(0);
    await writeFile(path.join(dir, "tester.md"), "You test harder.\n");
    const result = await server.run(dir, ["push"], { DRAMATIS_KEY: viewer.key });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Not allowed \(403\): /);
    expect((await server.api("GET", "/documents/tester")).json.latestVersion).toBe(1);
    await writeFile(path.join(dir, "tester.md"), "You test.\n");
  });

  it("refuses a folder that mirrors another workspace", async () => {
    const stranger = await createTestMember(server.env.db);
    const key = await server.newKey("editor", stranger.workspaceId);
    const result = await server.run(dir, ["pull"], { DRAMATIS_KEY: key.key });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`This folder mirrors workspace ${server.owner.workspaceId}`);
  });

  it("cannot reach another workspace's document by writing its id into the manifest", async () => {
    const stranger = await createTestMember(server.env.db);
    const theirs = await importDocumentFile({ db: server.env.db, workspaceId: stranger.workspaceId, fileName: "secret.md", bytes: new TextEncoder().encode("Secret.\n"), authorName: "them" });
    const { id } = await server.env.db.document.findUniqueOrThrow({ where: { slug: theirs.action === "created" ? theirs.slug : "" } });
    const forged = await tempDir();
    await writeFile(path.join(forged, "secret.md"), "Overwritten!\n");
    await writeFile(path.join(forged, "dramatis.json"), JSON.stringify({ workspace: server.owner.workspaceId, folder: "", files: { "secret.md": { id, slug: "secret", version: 1, sha256: "0".repeat(64) } } }));
    const pushed = await server.run(forged, ["push"]);
    expect(pushed.code).toBe(1);
    expect(pushed.stdout).toContain("rejected secret.md: There is no such document in this workspace");
    const diff = await server.run(forged, ["diff"]);
    expect(diff.code).toBe(2);
    expect(diff.stderr).toContain("is not in this workspace");
    expect(await server.env.db.version.count({ where: { documentId: id } })).toBe(1);
    await rm(forged, { recursive: true, force: true });
  });
});

describe("files that cannot be documents", () => {
  it("refuses a binary file and a file over 2 MB by name, and pushes nothing at all", async () => {
    const before = await documentCount();
    await writeFile(path.join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(path.join(dir, "tester.md"), "You test, edited.\n");
    const binary = await server.run(dir, ["push"]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toBe("image.md is binary (it contains NUL bytes); only text files sync.\nNothing was pushed.\n");
    await rm(path.join(dir, "image.md"));
    await writeFile(path.join(dir, "huge.md"), "x".repeat(2 * 1024 * 1024 + 1));
    const huge = await server.run(dir, ["push"]);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toContain("huge.md is 2097153 bytes; a document holds at most 2 MB.");
    await rm(path.join(dir, "huge.md"));
    await writeFile(path.join(dir, "latin1.md"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect((await server.run(dir, ["push"])).stderr).toContain("latin1.md is not valid UTF-8 text");
    await rm(path.join(dir, "latin1.md"));
    expect(await documentCount()).toBe(before);
    expect((await server.api("GET", "/documents/tester")).json.latestVersion).toBe(1);
    await writeFile(path.join(dir, "tester.md"), "You test.\n");
  });

  it("says what is wrong with a manifest edited into nonsense, in one line, and touches nothing", async () => {
    const manifest = path.join(dir, "dramatis.json");
    const good = await readFile(manifest, "utf8");
    const cases: [string, RegExp][] = [
      ["{ not json", /dramatis\.json is not valid JSON/],
      [JSON.stringify({ workspace: 5, folder: "", files: {} }), /is not a Dramatis manifest: workspace: /],
      [JSON.stringify({ ...JSON.parse(good), files: { "../escape.md": { id: "x", slug: "x", version: 1, sha256: "0".repeat(64) } } }), /files\.\.\.\/escape\.md: a relative path inside the folder/],
      [JSON.stringify({ ...JSON.parse(good), files: { "a.md": { id: "x", slug: "x", version: 0, sha256: "0".repeat(64) } } }), /files\.a\.md\.version: /],
      [JSON.stringify({ ...JSON.parse(good), extra: true }), /Unrecognized key/],
    ];
    for (const [text, message] of cases) {
      await writeFile(manifest, text);
      for (const command of ["pull", "push", "status"]) {
        const result = await server.run(dir, [command]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        oneLine(result.stderr);
      }
      expect(await readFile(manifest, "utf8")).toBe(text);
    }
    await writeFile(manifest, good);
    expect((await server.run(dir, ["status"])).code).toBe(0);
  });

  it("leaves no temporary files behind", async () => {
    expect((await readdir(dir)).filter((name) => name.includes(".tmp"))).toEqual([]);
  });
});

describe("login and usage", () => {
  it("saves a checked login readable by its owner only, and refuses a bad key without saving", async () => {
    const env = { DRAMATIS_URL: undefined, DRAMATIS_KEY: undefined };
    const refused = await server.run(dir, ["login", "--url", server.url, "--key", "drm_wrong"], env);
    expect(refused.code).toBe(2);
    const file = configFile({ HOME: server.home, XDG_CONFIG_HOME: path.join(server.home, ".config") });
    await expect(stat(file)).rejects.toThrow();
    const ok = await server.run(dir, ["login", "--url", `${server.url}/`, "--key", server.editor.key], env);
    expect(ok.code).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ url: server.url, key: server.editor.key });
    expect(await server.run(dir, ["status"], env)).toMatchObject({ code: 0, stderr: "" });
    await rm(path.dirname(file), { recursive: true });
    const fromStdin = await server.run(dir, ["login", "--url", server.url, "--key", "-"], { ...env, STDIN: `${server.editor.key}\n` });
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(await readFile(file, "utf8")).key).toBe(server.editor.key);
    await rm(path.dirname(file), { recursive: true });
    const loggedOut = await server.run(dir, ["status"], env);
    expect([loggedOut.code, loggedOut.stderr]).toEqual([2, "Not logged in: run `dramatis login --url URL --key KEY`, or set DRAMATIS_URL and DRAMATIS_KEY.\n"]);
  });

  it("runs the agent-file lints as `dramatis lint`, with no server needed", async () => {
    const repo = await tempDir();
    await mkdir(path.join(repo, ".claude/agents"), { recursive: true });
    await writeFile(path.join(repo, ".claude/agents/x.md"), "---\nname: x\ntool: Read\n---\nBody\n");
    const result = await server.run(dir, ["lint", repo], { DRAMATIS_URL: undefined, DRAMATIS_KEY: undefined });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("`tool:` is not a field; did you mean `tools`?");
    await rm(repo, { recursive: true, force: true });
  });

  it("refuses unknown commands, options and a missing manifest with usage exit code 2", async () => {
    expect(await server.run(dir, ["pul"])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command "pul"') });
    expect(await server.run(dir, ["push", "--force"])).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option --force") });
    const empty = await tempDir();
    await mkdir(path.join(empty, "sub"));
    expect(await server.run(empty, ["push"])).toMatchObject({ code: 2, stderr: expect.stringContaining("No dramatis.json in") });
    await rm(empty, { recursive: true, force: true });
  });
});
