import { engineOf, resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { psqlSync } from "@/lib/server/testing/test-postgresql";
import { removeDatabase } from "../testing/app-server";
import { runServerBundle } from "../cli/run-server-bundle";

// End-to-end tests start from a fresh database seeded with the examples, every run, on the
// same production server `npm start` runs (a SQLite file, or a database on the PostgreSQL
// test server in the PostgreSQL pass).
const url = resolveDatabaseUrl();
if (engineOf(url) === "postgresql") {
  const name = new URL(url).pathname.slice(1);
  psqlSync(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  psqlSync(`CREATE DATABASE "${name}"`);
} else {
  removeDatabase(url);
}
runServerBundle();
