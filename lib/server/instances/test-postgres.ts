/**
 * The PostgreSQL server the relay tests NOTIFY through: the one the PostgreSQL pass starts
 * (`TEST_POSTGRESQL_URL`, scripts/testing/with-postgres.ts), or `DRAMATIS_TEST_PG_URL`. In
 * the SQLite pass there is none: those suites say so in one line and are skipped there, and
 * run in the PostgreSQL pass (which CI always runs).
 */
export function testPostgresUrl(suite: string): string | undefined {
  const url = process.env.TEST_POSTGRESQL_URL ?? process.env.DRAMATIS_TEST_PG_URL;
  if (!url && process.env.TEST_DATABASE === "postgresql") throw new Error(`${suite}: the PostgreSQL pass needs TEST_POSTGRESQL_URL.`);
  if (!url) console.log(`${suite}: skipped in the SQLite pass (runs with TEST_DATABASE=postgresql, or set DRAMATIS_TEST_PG_URL).`);
  return url;
}
