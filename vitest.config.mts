import { defineConfig } from "vitest/config";
import { sharedDirsEnv } from "./scripts/testing/shared-dirs";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Integration tests sign people up through better-auth (scrypt): on two busy cores a test
    // can take several seconds, which is not what these tests measure (benchmarks do).
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Persona corpus and conformance suites from ../shared (a missing one fails CI).
    env: sharedDirsEnv(import.meta.dirname),
    pool: "threads",
    setupFiles: ["./scripts/testing/vitest-setup.ts"],
    // TEST_DATABASE=postgresql: one migrated template database per run (lib/server/testing).
    globalSetup: ["lib/server/testing/global-setup.ts"],
  },
});
