import { copyFile, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedDir } from "@/scripts/testing/shared-dirs";
import { startSyncServer, tempDir } from "./test-server";

// Real persona documents, read from outside the project (CI: ../shared/personas).
const corpus = sharedDir("PERSONA_CORPUS_DIR");

let server: Awaited<ReturnType<typeof startSyncServer>>;
beforeAll(async () => {
  server = await startSyncServer();
});
afterAll(() => server.stop());

/** Files whose bytes a careless sync would change: a BOM, CR LF, no final newline, a lone CR. */
const AWKWARD: Record<string, Buffer> = {
  "bom-crlf.md": Buffer.from("\uFEFF---\r\nname: bom\r\ndescription: x\r\n---\r\n\r\nBody\r\n", "utf8"),
  "no-final-newline.md": Buffer.from("# Title\n\nLast line", "utf8"),
  "mixed-endings.txt": Buffer.from("one\r\ntwo\nthree\rfour  \n\n\n", "utf8"),
  "emoji.md": Buffer.from("Ünïcödé 👩‍💻 \u2028 text\n", "utf8"),
};

describe.skipIf(!corpus)("the persona corpus round-trips byte for byte", () => {
  it("push from one folder, pull into another: every file has the same bytes, and a second push changes nothing", async () => {
    const source = await tempDir();
    const names = (await readdir(corpus!)).filter((name) => name.endsWith(".txt"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) await copyFile(path.join(corpus!, name), path.join(source, name));
    for (const [name, bytes] of Object.entries(AWKWARD)) await writeFile(path.join(source, name), bytes);
    expect((await server.run(source, ["pull"])).code).toBe(0);
    const pushed = await server.run(source, ["push"]);
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toContain(`${names.length + Object.keys(AWKWARD).length} created`);

    const copy = await tempDir();
    expect((await server.run(copy, ["pull"])).code).toBe(0);
    const sourceManifest = JSON.parse(await readFile(path.join(source, "dramatis.json"), "utf8"));
    const copyManifest = JSON.parse(await readFile(path.join(copy, "dramatis.json"), "utf8"));
    const pathById = new Map(Object.entries(copyManifest.files as Record<string, { id: string }>).map(([file, entry]) => [entry.id, file]));
    for (const [file, entry] of Object.entries(sourceManifest.files as Record<string, { id: string; sha256: string }>)) {
      const pulled = pathById.get(entry.id)!;
      expect(pulled, file).toBeDefined();
      expect((await readFile(path.join(copy, pulled))).equals(await readFile(path.join(source, file))), file).toBe(true);
      expect(copyManifest.files[pulled].sha256).toBe(entry.sha256);
    }
    const versions = await server.env.db.version.count();
    expect(await server.run(copy, ["push"])).toMatchObject({ code: 0, stdout: "nothing to push\n" });
    expect(await server.run(source, ["pull"])).toMatchObject({ code: 0 });
    expect(await server.run(source, ["status", "--check"])).toMatchObject({ code: 0 });
    expect(await server.env.db.version.count()).toBe(versions);
    await rm(source, { recursive: true, force: true });
    await rm(copy, { recursive: true, force: true });
  });
});
