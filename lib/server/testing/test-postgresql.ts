import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Test databases on PostgreSQL (TEST_DATABASE=postgresql, TEST_POSTGRESQL_URL = a server's
 * maintenance database, e.g. postgresql://dramatis@127.0.0.1:5493/postgres). The vitest
 * global setup migrates one template database per run; every test database is a copy of it
 * (`CREATE DATABASE … TEMPLATE`, ~50 ms), made with psql so that `createTestDb` stays
 * synchronous like its SQLite twin.
 */
export function testEngine(): "sqlite" | "postgresql" {
  return process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

export function testServerUrl(): string {
  const url = process.env.TEST_POSTGRESQL_URL;
  if (!url) throw new Error("TEST_DATABASE=postgresql needs TEST_POSTGRESQL_URL (run through scripts/testing/with-postgres.ts).");
  return url;
}

/** The URL of database `name` on the test server. */
export function testDatabaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export const TEMPLATE_ENV = "DRAMATIS_TEST_TEMPLATE";

export function psqlPath(): string {
  const dirs = [process.env.PG_BIN, "/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];
  for (const dir of dirs) if (dir && fs.existsSync(path.join(dir, "psql"))) return path.join(dir, "psql");
  return "psql";
}

/** Runs SQL on the server's maintenance database, synchronously. */
export function psqlSync(sql: string): string {
  return execFileSync(psqlPath(), [testServerUrl(), "-v", "ON_ERROR_STOP=1", "-qAtc", sql], {
    encoding: "utf8",
    env: { ...process.env, PGOPTIONS: "-c client_min_messages=warning" },
  });
}

/** A fresh, migrated database copied from the run's template; returns its URL. */
export function createTestPostgresqlDatabase(): { url: string; drop: () => void } {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: the vitest global setup (lib/server/testing/global-setup.ts) did not run.`);
  const name = `${template}_${randomBytes(5).toString("hex")}`;
  psqlSync(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return { url: testDatabaseUrl(name), drop: () => psqlSync(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
