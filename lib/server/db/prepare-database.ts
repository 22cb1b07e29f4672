import { engineOf, resolveDatabaseUrl } from "./database-url";
import { isDatabaseUnavailable, startupFailureLine } from "./database-unavailable";
import { migrateDatabase } from "./migrate";

/** Start-up could not reach the database: the message is the whole story (no stack trace). */
export class DatabaseStartupError extends Error {
  override name = "DatabaseStartupError";
}

/**
 * Start-up: create the database file if needed and apply pending migrations. The example
 * documents arrive with the first workspace, when the owner finishes setup.
 */
export async function prepareDatabase(url: string = resolveDatabaseUrl()): Promise<void> {
  let applied: string[];
  try {
    applied = await migrateDatabase(url);
  } catch (error) {
    if (engineOf(url) === "postgresql" && isDatabaseUnavailable(error)) throw new DatabaseStartupError(startupFailureLine(error, url));
    throw error;
  }
  if (applied.length > 0) console.log(`Database: applied ${applied.length} migration(s): ${applied.join(", ")}`);
}
