import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "./database-url";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/**
 * Applies the SQL migrations under prisma/migrations that this database has not seen yet, each
 * in its own transaction, and records them. A small runner of our own instead of
 * `prisma migrate deploy`, so start-up needs no Prisma CLI and works offline.
 */
export function migrateDatabase(url: string = resolveDatabaseUrl(), dir = MIGRATIONS_DIR): string[] {
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

function listMigrations(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
