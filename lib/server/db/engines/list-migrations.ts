import fs from "node:fs";
import path from "node:path";

/** The migration folders (each holding a migration.sql) in `dir`, in the order they apply. */
export function listMigrations(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
