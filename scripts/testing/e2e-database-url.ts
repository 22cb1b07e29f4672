import { testDatabaseUrl } from "../../lib/server/testing/test-postgresql";

/**
 * The database of the Playwright web server: a SQLite file, or in the PostgreSQL pass
 * (TEST_DATABASE=postgresql, scripts/testing/with-postgres.ts) a database on the test server.
 */
export const E2E_DATABASE_URL =
  process.env.TEST_DATABASE === "postgresql" ? testDatabaseUrl("dramatis_e2e") : "file:test-results/e2e.db";
