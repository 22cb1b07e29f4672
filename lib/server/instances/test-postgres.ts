/**
 * The PostgreSQL database the relay tests NOTIFY through: `DRAMATIS_TEST_PG_URL`. Without it
 * the suites that need one are skipped with a line saying so, except under CI, where a missing
 * database fails the run instead of passing quietly.
 */
export function testPostgresUrl(suite: string): string | undefined {
  const url = process.env.DRAMATIS_TEST_PG_URL;
  if (!url && process.env.CI === "true") throw new Error(`${suite} needs PostgreSQL under CI: set DRAMATIS_TEST_PG_URL.`);
  if (!url) console.log(`${suite}: skipped, set DRAMATIS_TEST_PG_URL to a PostgreSQL database to run it.`);
  return url;
}
