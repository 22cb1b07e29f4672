import { engineOf, resolveDatabaseUrl } from "./database-url";
import { migrateSqlite } from "./engines/sqlite";
import { migratePostgresql } from "./engines/postgresql";

/**
 * Applies the SQL migrations this database has not seen yet, each in its own transaction, and
 * records them. A small runner of our own instead of `prisma migrate deploy`, so start-up
 * needs no Prisma CLI and works offline. `dir` defaults to the engine's migrations folder.
 */
export async function migrateDatabase(url: string = resolveDatabaseUrl(), dir?: string): Promise<string[]> {
  return engineOf(url) === "postgresql" ? migratePostgresql(url, dir) : migrateSqlite(url, dir);
}
