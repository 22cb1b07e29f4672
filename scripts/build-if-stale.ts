import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// What a production build is made from. A change to any of these makes the build stale.
const INPUTS = [
  "app", "components", "lib", "public", "next.config.mjs", "postcss.config.mjs",
  "tsconfig.json", "package-lock.json",
];
const BUILD_MARKER = path.join(".next", "BUILD_ID");

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function isBuildStale(): boolean {
  if (!fs.existsSync(BUILD_MARKER)) return true;
  const built = fs.statSync(BUILD_MARKER).mtimeMs;
  return INPUTS.some((input) => newestMtime(input) > built);
}

/** Runs `next build` when there is no build or its sources changed since; otherwise nothing. */
export function buildIfStale(): void {
  if (!isBuildStale()) return;
  console.log("Building Dramatis (first start or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (require.main === module) buildIfStale();
