import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../db/client";
import { migrateDatabase } from "../db/migrate";

/** A migrated SQLite database in a temporary folder, removed by `cleanup`. */
export function createTestDb(): { db: Db; url: string; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dramatis-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrateDatabase(url);
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Makes `getDb()` return this database, for code that takes no `db` option (route handlers). */
export function useAsDefaultDb(db: Db): void {
  (globalThis as unknown as { dramatisDb?: Db }).dramatisDb = db;
}
