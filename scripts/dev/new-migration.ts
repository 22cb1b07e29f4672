import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { POSTGRESQL_SCHEMA, postgresqlSchemaFrom, SQLITE_SCHEMA } from "./write-postgresql-schema";

/**
 * npx tsx scripts/dev/new-migration.ts <name>
 *
 * After changing prisma/schema.prisma: writes the PostgreSQL schema, regenerates both clients,
 * and writes the migration for both engines (same folder name) with `prisma migrate diff` from
 * the schema in the last commit. Review both files: migrate diff rebuilds SQLite tables to add
 * required columns (which drops the Version trigger) and knows nothing of data moves.
 */
const ROOT = path.join(import.meta.dirname, "..", "..");
const prisma = path.join(ROOT, "node_modules", ".bin", "prisma");

function main([name]: string[]): number {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npx tsx scripts/dev/new-migration.ts <name_in_snake_case>");
    return 2;
  }
  const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-new-migration-"));
  const oldSqlite = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: ROOT, encoding: "utf8" });
  fs.writeFileSync(path.join(tmp, "sqlite.prisma"), oldSqlite);
  fs.writeFileSync(path.join(tmp, "postgresql.prisma"), postgresqlSchemaFrom(oldSqlite));
  fs.writeFileSync(POSTGRESQL_SCHEMA, postgresqlSchemaFrom(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  execFileSync(prisma, ["generate"], { cwd: ROOT, stdio: "inherit" });
  execFileSync(prisma, ["generate", "--schema", POSTGRESQL_SCHEMA], { cwd: ROOT, stdio: "inherit" });

  const targets: [string, string, string][] = [
    ["prisma/migrations", path.join(tmp, "sqlite.prisma"), SQLITE_SCHEMA],
    ["prisma/migrations-postgresql", path.join(tmp, "postgresql.prisma"), POSTGRESQL_SCHEMA],
  ];
  for (const [dir, from, to] of targets) {
    const sql = execFileSync(prisma, ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
      console.error(`No schema change since the last commit for ${dir}: nothing written.`);
      return 1;
    }
    fs.mkdirSync(path.join(ROOT, dir, folder), { recursive: true });
    fs.writeFileSync(path.join(ROOT, dir, folder, "migration.sql"), sql);
    console.log(`wrote ${dir}/${folder}/migration.sql`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return 0;
}

process.exit(main(process.argv.slice(2)));
