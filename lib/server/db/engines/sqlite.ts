import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { PrismaClient } from "../../generated/prisma/client";
import { databaseFilePath } from "../database-url";
import { listMigrations } from "./list-migrations";
import { cacheQueryPlans } from "./query-plan-cache";

/** SQLite, the embedded default: one file, better-sqlite3, migrations under prisma/migrations. */
export const SQLITE_MIGRATIONS = path.join(process.cwd(), "prisma", "migrations");

export function createSqliteClient(url: string): PrismaClient {
  const file = databaseFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  cacheQueryPlans(QueryCompiler);
  // `timeout` is better-sqlite3's busy timeout: another process (the import CLI) may hold the
  // write lock for a moment while the server runs.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

/**
 * Applies the migrations this database has not seen yet, each in its own transaction, and
 * records them in "_dramatis_migrations". Synchronous: better-sqlite3 is.
 */
export function migrateSqlite(url: string, dir = SQLITE_MIGRATIONS): string[] {
  const file = databaseFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  try {
    // WAL lets readers (the app) proceed while a writer (the import CLI) commits.
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(
      `CREATE TABLE IF NOT EXISTS "_dramatis_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TEXT NOT NULL)`,
    );
    const applied = new Set(
      sqlite.prepare(`SELECT "name" FROM "_dramatis_migrations"`).pluck().all() as string[],
    );
    const pending = listMigrations(dir).filter((name) => !applied.has(name));
    const record = sqlite.prepare(`INSERT INTO "_dramatis_migrations" ("name", "appliedAt") VALUES (?, ?)`);
    // Migrations that rebuild a table (SQLite's way to add a required column) drop the old
    // one; with foreign keys on, that would cascade into every row pointing at it. The PRAGMA
    // is ignored inside a transaction, so it is switched here and the keys checked afterwards.
    sqlite.pragma("foreign_keys = OFF");
    for (const name of pending) {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      sqlite.transaction(() => {
        sqlite.exec(sql);
        const broken = sqlite.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${name} leaves ${broken.length} broken foreign key(s).`);
        record.run(name, new Date().toISOString());
      })();
    }
    sqlite.pragma("foreign_keys = ON");
    return pending;
  } finally {
    sqlite.close();
  }
}
