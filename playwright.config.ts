import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { sharedDirsEnv } from "./scripts/testing/shared-dirs";
import { E2E_DATABASE_URL } from "./scripts/testing/e2e-database-url";

// The persona corpus from ../shared, for the tests that import real documents (CI fails without it).
Object.assign(process.env, sharedDirsEnv(__dirname));

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const OWNER_STATE = "test-results/.auth/owner.json";
// Debian's Chromium: Playwright's own browser download is not reachable from these machines.
const executablePath =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));

export default defineConfig({
  testDir: "e2e",
  // Two instances behind nginx on PostgreSQL: its own config (playwright.instances.config.ts).
  testIgnore: /instances\.spec\.ts/,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // The second adds up the security specs' refusals and fails the run below its floor.
  reporter: [["list"], ["./e2e/security/refusal-total-reporter.ts"]],
  // A test that opens the workbench waits up to 30 s for Monaco (e2e/editor.ts) and needs room after it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath },
  },
  projects: [
    // First-run setup through the UI; every other test then works as the owner it created.
    { name: "setup", testMatch: /first-run\.setup\.ts/, use: { ...devices["Desktop Chrome"], launchOptions: { executablePath } } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath }, storageState: OWNER_STATE },
    },
  ],
  webServer: {
    command: "tsx scripts/dev/e2e-server.ts",
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The suite signs dozens of people up and in from one address, more than the per-address
    // limits allow in one unbroken stretch; those limits are tested on their own (instances
    // e2e, rate-limit-across-instances.test.ts). The per-account lockout stays as it is.
    env: {
      PORT: String(PORT),
      DATABASE_URL: E2E_DATABASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      DRAMATIS_SIGN_INS_PER_MINUTE: "1000",
      DRAMATIS_SIGN_UPS_PER_MINUTE: "1000",
    },
  },
});
