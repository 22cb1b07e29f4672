import { migratePostgresql } from "../db/engines/postgresql";
import { psqlSync, TEMPLATE_ENV, testDatabaseUrl, testEngine } from "./test-postgresql";

/**
 * Vitest global setup: on PostgreSQL, one migrated template database per run, copied by every
 * test file's `createTestDb`; afterwards the template and any copy a crashed test left behind
 * are dropped. On SQLite there is nothing to do (each test database is a temporary file).
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (testEngine() !== "postgresql") return undefined;
  const template = `dramatis_test_${process.pid}`;
  psqlSync(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  psqlSync(`CREATE DATABASE "${template}"`);
  await migratePostgresql(testDatabaseUrl(template));
  process.env[TEMPLATE_ENV] = template;
  return () => {
    const names = psqlSync(`SELECT datname FROM pg_database WHERE datname LIKE '${template}%'`).split("\n").filter(Boolean);
    for (const name of names) psqlSync(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}
