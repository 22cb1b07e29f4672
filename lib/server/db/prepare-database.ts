import { resolveDatabaseUrl } from "./database-url";
import { migrateDatabase } from "./migrate";

/**
 * Start-up: create the database file if needed and apply pending migrations. The example
 * documents arrive with the first workspace, when the owner finishes setup.
 */
export async function prepareDatabase(url: string = resolveDatabaseUrl()): Promise<void> {
  const applied = await migrateDatabase(url);
  if (applied.length > 0) console.log(`Database: applied ${applied.length} migration(s): ${applied.join(", ")}`);
}
