import { defineConfig } from "vitest/config";
import { sharedDirsEnv } from "./scripts/testing/shared-dirs";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // Persona corpus and conformance suites from ../shared (a missing one fails CI).
    env: sharedDirsEnv(import.meta.dirname),
    pool: "threads",
  },
});
