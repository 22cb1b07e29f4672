import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

// What a production build is made from. A change to any of these makes the build stale.
const INPUTS = [
  "app", "components", "lib", "public", "server.ts", "next.config.mjs", "postcss.config.mjs",
  "tsconfig.json", "package-lock.json",
];
const BUILD_MARKER = path.join(".next", "BUILD_ID");
/** server.ts compiled to plain JavaScript, so production runs on bare Node (see README). */
export const SERVER_BUNDLE = path.join(".next", "dramatis-server.mjs");

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function isBuildStale(): boolean {
  if (!fs.existsSync(BUILD_MARKER) || !fs.existsSync(SERVER_BUNDLE)) return true;
  const built = Math.min(fs.statSync(BUILD_MARKER).mtimeMs, fs.statSync(SERVER_BUNDLE).mtimeMs);
  return INPUTS.some((input) => newestMtime(input) > built);
}

/**
 * Builds the Next app and the server bundle when either is missing or older than its sources.
 * The server runs as plain Node: under tsx, every module lookup Next makes per request goes
 * through tsx's loader thread, which cut the API's throughput fiftyfold.
 */
export function buildIfStale(): void {
  if (!isBuildStale()) return;
  console.log("Building Dramatis (first start or sources changed)…");
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  buildSync({
    entryPoints: ["server.ts"],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
}

if (require.main === module) buildIfStale();
