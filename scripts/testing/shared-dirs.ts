import fs from "node:fs";
import path from "node:path";

/**
 * Folders of data nobody here wrote, beside the project in ../shared: real persona documents
 * and the conformance suites. Tests read them through these environment variables. Unset, they
 * default to ../shared; in CI (CI=true) a missing folder fails the run instead of letting the
 * tests that need it skip.
 */
const SHARED_DIRS = {
  PERSONA_CORPUS_DIR: "personas",
  MUSTACHE_SPEC_DIR: "spec/mustache",
  MUSTACHE_OPTIONAL_SPEC_DIR: "spec/mustache-optional",
  MUSTACHE_JS_SPEC_DIR: "spec/mustache-js",
  GO_TEMPLATE_SPEC_DIR: "spec/go-text-template",
} as const;

export function sharedDirsEnv(root: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const resolved: Record<string, string> = {};
  const missing: string[] = [];
  for (const [name, relative] of Object.entries(SHARED_DIRS)) {
    const dir = env[name] ?? path.resolve(root, "..", "shared", relative);
    if (fs.existsSync(dir)) resolved[name] = dir;
    else missing.push(`${name} (${dir})`);
  }
  if (missing.length > 0 && env.CI === "true") {
    throw new Error(`CI needs the shared test data, but these folders are missing: ${missing.join(", ")}`);
  }
  return resolved;
}
