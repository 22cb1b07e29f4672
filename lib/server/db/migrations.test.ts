import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { postgresqlSchemaFrom, POSTGRESQL_SCHEMA, SQLITE_SCHEMA } from "@/scripts/dev/write-postgresql-schema";
import { createTestDb } from "../testing/test-db";
import { createTestPostgresqlDatabase, testEngine } from "../testing/test-postgresql";
import { createDb, type Db } from "./client";
import { listMigrations } from "./engines/list-migrations";
import { POSTGRESQL_MIGRATIONS } from "./engines/postgresql";
import { SQLITE_MIGRATIONS } from "./engines/sqlite";
import { migrateDatabase } from "./migrate";

const BASELINE = "20261129035000_baseline";
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function testDb(): { db: Db; url: string } {
  const env = createTestDb();
  cleanups.push(env.cleanup);
  return env;
}

function migrationsFolder(migrations: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-migrations-"));
  for (const [name, sql] of Object.entries(migrations)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the two engines' migrations", () => {
  it("pair up: every SQLite migration after the PostgreSQL baseline has a PostgreSQL twin of the same name, and back", () => {
    const sqlite = listMigrations(SQLITE_MIGRATIONS).filter((name) => name > BASELINE);
    const postgresql = listMigrations(POSTGRESQL_MIGRATIONS).filter((name) => name !== BASELINE);
    expect(listMigrations(POSTGRESQL_MIGRATIONS)[0]).toBe(BASELINE);
    expect(postgresql).toEqual(sqlite);
  });

  it("come from one data model: prisma/postgresql/schema.prisma is the SQLite schema with the provider swapped", () => {
    expect(fs.readFileSync(POSTGRESQL_SCHEMA, "utf8")).toBe(postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });
});

describe(`migrating (${testEngine()})`, () => {
  it("applies each migration in its own transaction: a failing one leaves the database as it was", async () => {
    const { db, url } = testDb();
    const dir = migrationsFolder({
      "29990101000000_good": `CREATE TABLE "Good" ("id" INTEGER NOT NULL PRIMARY KEY);`,
      "29990101000001_broken": `CREATE TABLE "Half" ("id" INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO "NoSuchTable" ("id") VALUES (1);`,
    });
    await expect(migrateDatabase(url, dir)).rejects.toThrow(/NoSuchTable/);
    const applied = async () => (await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "_dramatis_migrations"`)).map((r) => r.name);
    expect(await applied()).toContain("29990101000000_good");
    expect(await applied()).not.toContain("29990101000001_broken");
    await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "Good"`);
    await expect(db.$queryRawUnsafe(`SELECT COUNT(*) FROM "Half"`)).rejects.toThrow();

    // Fixed, it applies on the next start, and what is applied is not applied again.
    fs.writeFileSync(path.join(dir, "29990101000001_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER NOT NULL PRIMARY KEY);`);
    expect(await migrateDatabase(url, dir)).toEqual(["29990101000001_broken"]);
    expect(await migrateDatabase(url, dir)).toEqual([]);
    await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "Half"`);
  });

  it("keeps versions immutable: UPDATE is refused, deleting the whole document still removes them", async () => {
    const { db } = testDb();
    const workspace = await db.workspace.create({ data: { name: "w" } });
    const doc = await db.document.create({ data: { slug: "d", title: "D", format: "plain", workspaceId: workspace.id } });
    await db.version.create({ data: { documentId: doc.id, number: 1, content: "one", authorName: "Ann" } });
    await expect(db.version.updateMany({ data: { content: "rewritten" } })).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`UPDATE "Version" SET "content" = 'x'`)).rejects.toThrow(/immutable/);
    expect((await db.version.findFirstOrThrow()).content).toBe("one");
    await db.document.delete({ where: { id: doc.id } });
    expect(await db.version.count()).toBe(0);
  });

  // SQLite's trigger (20261123000000_init) refuses UPDATE only; PostgreSQL's refuses a direct
  // DELETE too, and lets the cascade from a deleted document through.
  it.runIf(testEngine() === "postgresql")("refuses to DELETE a single version on PostgreSQL", async () => {
    const { db } = testDb();
    const workspace = await db.workspace.create({ data: { name: "w" } });
    const doc = await db.document.create({ data: { slug: "d", title: "D", format: "plain", workspaceId: workspace.id } });
    await db.version.create({ data: { documentId: doc.id, number: 1, content: "one", authorName: "Ann" } });
    await expect(db.version.deleteMany({})).rejects.toThrow(/immutable/);
    expect(await db.version.count()).toBe(1);
  });
});

// Runs in the PostgreSQL pass (npm test): the SQL the migrations build must be the schema the
// client was generated from. Compared catalog to catalog with a database built straight from
// the data model by `prisma migrate diff --from-empty` (`--from-url` refuses driver adapters).
describe.runIf(testEngine() === "postgresql")("the applied PostgreSQL migrations", () => {
  it("build exactly the schema of prisma/postgresql/schema.prisma", async () => {
    const migrated = testDb();
    const fresh = createTestPostgresqlDatabase();
    const direct = createDb(fresh.url);
    cleanups.push(async () => (await direct.$disconnect(), fresh.drop()));
    const sql = execFileSync(
      path.join(process.cwd(), "node_modules", ".bin", "prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRESQL_SCHEMA, "--script"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    // The copy comes migrated from the test template: start it over from an empty schema.
    await direct.$executeRawUnsafe(`DROP SCHEMA public CASCADE`);
    await direct.$executeRawUnsafe(`CREATE SCHEMA public`);
    for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter((s) => s && !/^(--[^\n]*\n?)+$/.test(s))) {
      await direct.$executeRawUnsafe(statement);
    }
    expect(await catalog(migrated.db)).toEqual(await catalog(direct));
  }, 60_000);
});

// Catalog names are of type `name`, which the adapter cannot read (prisma/orm#27403): cast to text.
// Left out: the migration log and the full-text index, which live outside the data model
// (lib/server/search/postgresql-search.ts).
async function catalog(db: Db) {
  const skip = `'_dramatis_migrations'`;
  const search = `'DocumentSearch'`;
  return {
    columns: await db.$queryRawUnsafe(
      `SELECT table_name::text, column_name::text, data_type::text, is_nullable::text, column_default::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN (${skip}, ${search}) ORDER BY 1, 2`,
    ),
    indexes: await db.$queryRawUnsafe(`SELECT tablename::text, indexname::text, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN (${skip}, ${search}) ORDER BY 1, 2`),
    constraints: await db.$queryRawUnsafe(
      `SELECT conrelid::regclass::text AS "table", conname::text, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN (${skip}, '"DocumentSearch"') ORDER BY 1, 2`,
    ),
  };
}
