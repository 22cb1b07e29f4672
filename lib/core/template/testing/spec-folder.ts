// Test support only (imported by *.test.ts, never by the engine), hence Node's built-ins.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import fs from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import path from "node:path";

const ENV_VARS: Record<string, string> = { mustache: "MUSTACHE_SPEC_DIR" };
const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../../..");

export interface SpecFolder {
  dir: string;
  present: boolean;
  /** In CI a missing folder fails the run: conformance must never be skipped silently there. */
  mustFail: boolean;
}

/**
 * Where the conformance files of `name` are: `MUSTACHE_SPEC_DIR` (for the core mustache spec),
 * else `TEMPLATE_SPEC_DIR/<name>`, else `../shared/spec/<name>` beside the project.
 */
export function specFolder(name: string, env: Record<string, string | undefined> = process.env): SpecFolder {
  const own = ENV_VARS[name] ? env[ENV_VARS[name]] : undefined;
  const dir = own ?? path.join(env.TEMPLATE_SPEC_DIR ?? path.resolve(projectRoot, "../shared/spec"), name);
  const present = fs.existsSync(dir);
  return { dir, present, mustFail: !present && env.CI === "true" };
}
