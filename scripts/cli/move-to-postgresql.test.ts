import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/access/actor";
import { createDb, type Db } from "@/lib/server/db/client";
import { migrateDatabase } from "@/lib/server/db/migrate";
import { createVersion } from "@/lib/server/documents/create-version";
import { importDocumentFile } from "@/lib/server/documents/import-document-file";
import { setLabel } from "@/lib/server/labels/set-label";
import { createTestPostgresqlDatabase, testEngine } from "@/lib/server/testing/test-postgresql";
import { testAccess } from "@/lib/server/testing/test-db";

const ROOT = path.join(import.meta.dirname, "..", "..");
const npmRun = (script: string, args: string[], databaseUrl: string) =>
  execFileSync("npm", ["run", "--silent", script, "--", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });

// Text that is easy to corrupt on the way: line endings, astral characters, mojibake, NUL-free
// control characters, trailing spaces, a byte order mark in the middle, a large body.
const TRICKY = [
  "# Persona\r\nBe kind.\r\n",
  "emoji 🚨🧪 and combining é (e\u0301) and mojibake â€™Ã©\n",
  "tabs\tand \u000b vertical \u001f units, trailing spaces   \n\ufeffbom inside\n",
  `${"long line ".repeat(20_000)}\n`,
];

// README "Running on PostgreSQL": an existing SQLite library moves with two commands. Runs in
// the PostgreSQL pass of `npm test`.
describe.runIf(testEngine() === "postgresql")("moving a SQLite library to PostgreSQL with export and import-archive", () => {
  let dir: string;
  let sqlite: Db;
  let postgresql: Db;
  let drop: () => void;
  let postgresqlUrl: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-move-"));
    const sqliteUrl = `file:${path.join(dir, "library.db")}`;
    await migrateDatabase(sqliteUrl);
    sqlite = createDb(sqliteUrl);
    ({ url: postgresqlUrl, drop } = createTestPostgresqlDatabase());
    postgresql = createDb(postgresqlUrl);
    const workspaceId = (await sqlite.workspace.create({ data: { name: "Team" } })).id;
    for (const [i, text] of TRICKY.entries()) {
      const created = await importDocumentFile({ db: sqlite, workspaceId, fileName: `doc-${i}.md`, bytes: new TextEncoder().encode(text), authorName: "importer" });
      if (created.action !== "created") throw new Error(JSON.stringify(created));
      const access = await testAccess(sqlite, created.slug);
      for (let n = 2; n <= 4; n++) {
        const content = `${text}edit ${n} ${TRICKY[(i + n) % TRICKY.length]}`;
        await createVersion({ db: sqlite, access, actor: SYSTEM_ACTOR, authorName: "Ann", input: { content, message: `edit ${n}`, baseVersion: n - 1 } });
      }
      await setLabel({ db: sqlite, access, actor: SYSTEM_ACTOR, actorName: "ops", input: { name: "production", version: 2 } });
    }
    const archive = path.join(dir, "library.json");
    npmRun("export", [archive], sqliteUrl);
    npmRun("import-archive", [archive], postgresqlUrl);
  }, 120_000);
  afterAll(async () => {
    await sqlite.$disconnect();
    await postgresql.$disconnect();
    drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const versions = (db: Db) =>
    db.version.findMany({ orderBy: [{ document: { slug: "asc" } }, { number: "asc" }], select: { number: true, content: true, authorName: true, message: true, document: { select: { slug: true } } } });

  it("carries every version over byte for byte", async () => {
    const before = await versions(sqlite);
    const after = await versions(postgresql);
    expect(before).toHaveLength(TRICKY.length * 4);
    expect(after.map((v) => [v.document.slug, v.number, v.authorName, v.message])).toEqual(before.map((v) => [v.document.slug, v.number, v.authorName, v.message]));
    for (const [i, version] of before.entries()) {
      expect(Buffer.from(after[i]!.content, "utf8").equals(Buffer.from(version.content, "utf8"))).toBe(true);
    }
  });

  it("carries labels over", async () => {
    const labels = (db: Db) => db.label.findMany({ orderBy: [{ document: { slug: "asc" } }], select: { name: true, versionNumber: true, document: { select: { slug: true } } } });
    expect(await labels(postgresql)).toEqual(await labels(sqlite));
  });
});
