import { createDb } from "./client";
import { resolveDatabaseUrl } from "./database-url";
import { migrateDatabase } from "./migrate";
import { seedIfEmpty } from "./seed";

/** Start-up: create the database file if needed, apply pending migrations, seed when empty. */
export async function prepareDatabase(url: string = resolveDatabaseUrl()): Promise<void> {
  const applied = migrateDatabase(url);
  if (applied.length > 0) console.log(`Database: applied ${applied.length} migration(s): ${applied.join(", ")}`);
  // A short-lived client of its own: the app's client is created later, inside Next's bundle.
  const db = createDb(url);
  try {
    const seeded = await seedIfEmpty(db);
    if (seeded.length > 0) console.log(`Database: added ${seeded.length} example documents.`);
  } finally {
    await db.$disconnect();
  }
}
