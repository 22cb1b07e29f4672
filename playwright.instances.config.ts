import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e/instances.spec.ts only: two app instances on one PostgreSQL behind nginx, which the spec
 * starts itself (so this config has no web server). Run through the PostgreSQL pass:
 * `npm run test:e2e:instances` (scripts/testing/with-postgres.ts starts a throwaway cluster).
 * Ports: E2E_PORT for nginx, E2E_PORT+10 and E2E_PORT+20 for the instances.
 */
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));

export default defineConfig({
  testDir: "e2e",
  testMatch: /instances\.spec\.ts/,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { ...devices["Desktop Chrome"], viewport: { width: 1600, height: 1000 }, trace: "retain-on-failure", launchOptions: { executablePath } },
});
