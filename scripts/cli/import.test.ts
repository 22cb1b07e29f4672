import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runImport(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/cli/import.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, DRAMATIS_AUTHOR: "cli-test" },
  });
  return { code: result.status, out: result.stdout };
}

describe("npm run import", () => {
  const folder = path.join(dir, "docs");
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "agent.md"), "---\nname: helper\ndescription: Helps\n---\nYou are helper.\n");
  fs.writeFileSync(path.join(folder, "ignored.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  const binary = path.join(dir, "broken.txt");
  fs.writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02]));

  it("imports a folder, skips non-document files in it, and prints a summary", () => {
    const first = runImport(folder);
    expect(first.code).toBe(0);
    expect(first.out).toContain("created 1, new version 0, unchanged 0, rejected 0");
    expect(first.out).not.toContain("ignored.png");

    const again = runImport(folder);
    expect(again.out).toContain("created 0, new version 0, unchanged 1, rejected 0");
  }, 60_000);

  it("reports a rejected file with its reason and exits 1", () => {
    fs.appendFileSync(path.join(folder, "agent.md"), "Be brief.\n");
    const result = runImport(folder, binary);
    expect(result.code).toBe(1);
    expect(result.out).toContain("created 0, new version 1, unchanged 0, rejected 1");
    expect(result.out).toMatch(/rejected broken\.txt: .*binary/);
  }, 60_000);

  it("explains its usage when given nothing", () => {
    const result = runImport();
    expect(result.code).toBe(2);
    expect(result.out).toContain("Usage: npm run import");
  }, 60_000);
});

describe("npm run import keeps folders", () => {
  const tree = path.join(dir, "tree");
  const write = (relative: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tree, relative)), { recursive: true });
    fs.writeFileSync(path.join(tree, relative), text);
  };
  write("top.md", "# Top\n");
  write("agents/backend/README.md", "# Backend readme\n");
  write("agents/frontend/README.md", "# Frontend readme\n");
  write("agents/backend/db/schema.md", "# Schema\n");

  it("puts each file in the subfolder it was read from, two READMEs as two documents, and changes nothing the second time", async () => {
    const first = runImport(tree);
    expect(first.code).toBe(0);
    expect(first.out).toContain("created 4, new version 0, unchanged 0, rejected 0");
    const db = createDb(`file:${path.join(dir, "cli.db")}`);
    try {
      const documents = await db.document.findMany({ where: { title: { in: ["Top", "Backend readme", "Frontend readme", "Schema"] } }, select: { title: true, folder: true, slug: true }, orderBy: { title: "asc" } });
      expect(documents).toEqual([
        { title: "Backend readme", folder: "agents/backend", slug: "readme" },
        { title: "Frontend readme", folder: "agents/frontend", slug: "agents-frontend-readme" },
        { title: "Schema", folder: "agents/backend/db", slug: "schema" },
        { title: "Top", folder: "", slug: "top" },
      ]);
      const again = runImport(tree);
      expect(again.out).toContain("created 0, new version 0, unchanged 4, rejected 0");
      write("agents/frontend/README.md", "# Frontend readme\n\nChanged.\n");
      expect(runImport(tree).out).toContain("created 0, new version 1, unchanged 3, rejected 0");
      expect(await db.document.count({ where: { slug: { in: ["readme", "agents-frontend-readme"] } } })).toBe(2);
      expect((await db.document.findUniqueOrThrow({ where: { slug: "agents-frontend-readme" } })).versionCount).toBe(2);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
