import fs from "node:fs";
import path from "node:path";

/**
 * Folders of data nobody here wrote, beside the project in ../shared: real persona documents
 * and the conformance suites. Each can be pointed elsewhere by its environment variable (the
 * spec folders also by `TEMPLATE_SPEC_DIR/<name>`). Every test that needs one asks `sharedDir`:
 * with CI=true a missing folder throws, failing the run with what is missing and where it was
 * looked for; elsewhere the tests that need it skip, with a warning.
 */
const SHARED_DIRS = {
  PERSONA_CORPUS_DIR: "personas",
  MUSTACHE_SPEC_DIR: "spec/mustache",
  MUSTACHE_OPTIONAL_SPEC_DIR: "spec/mustache-optional",
  MUSTACHE_JS_SPEC_DIR: "spec/mustache-js",
  GO_TEMPLATE_SPEC_DIR: "spec/go-text-template",
} as const;

export type SharedDirName = keyof typeof SHARED_DIRS;

type Env = Record<string, string | undefined>;

/** Where `name` is looked for: its variable, else TEMPLATE_SPEC_DIR for a spec, else ../shared beside `root`. */
export function sharedDirPath(name: SharedDirName, env: Env = process.env, root = process.cwd()): string {
  const relative = SHARED_DIRS[name];
  if (env[name]) return env[name];
  if (relative.startsWith("spec/") && env.TEMPLATE_SPEC_DIR) return path.join(env.TEMPLATE_SPEC_DIR, path.basename(relative));
  return path.resolve(root, "..", "shared", relative);
}

const warned = new Set<string>();

/**
 * The folder `name`, or null when it is missing outside CI (the caller skips, and a warning
 * says so once). With CI=true a missing folder throws: conformance is never skipped there.
 */
export function sharedDir(name: SharedDirName, env: Env = process.env, root = process.cwd()): string | null {
  const dir = sharedDirPath(name, env, root);
  if (fs.existsSync(dir)) return dir;
  if (env.CI === "true") {
    throw new Error(`CI=true, so this run needs ${name}, but ${dir} is missing. Put the shared test data there or set ${name}.`);
  }
  if (!warned.has(name)) console.warn(`Skipping the tests that need ${name}: ${dir} is missing (set ${name}).`);
  warned.add(name);
  return null;
}

/**
 * For the test runners' configs: every folder that is present, as environment variables for the
 * tests. With CI=true, any missing folder fails the run before a test starts.
 */
export function sharedDirsEnv(root: string, env: Env = process.env): Record<string, string> {
  const resolved: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of Object.keys(SHARED_DIRS) as SharedDirName[]) {
    const dir = sharedDirPath(name, env, root);
    if (fs.existsSync(dir)) resolved[name] = dir;
    else missing.push(`${name} (${dir})`);
  }
  if (missing.length > 0 && env.CI === "true") {
    throw new Error(`CI=true, so this run needs the shared test data, but these folders are missing: ${missing.join(", ")}`);
  }
  return resolved;
}
