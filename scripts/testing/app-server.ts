import { spawn } from "node:child_process";
import fs from "node:fs";
import { SERVER_BUNDLE } from "../dev/build-if-stale";

/** Removes a SQLite database file and its WAL companions, for benchmarks that start clean. */
export function removeDatabase(url: string): void {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

export async function waitForUrl(url: string, init?: RequestInit, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url, init).then((r) => r.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${url}`);
}

/**
 * The production server on `port` with its own database, for benchmarks and tests that restart
 * it. `stop` ends it the way a deployment does (SIGTERM: it writes pending drafts first),
 * `crash` kills it outright; both resolve once the process is gone.
 */
export async function startAppServer({ port, databaseUrl }: { port: number; databaseUrl: string }) {
  // APP_SERVER_LOG=<folder>: each server's output goes to <folder>/app-<port>.log (debugging).
  const logDir = process.env.APP_SERVER_LOG;
  const log = logDir ? fs.openSync(`${logDir}/app-${port}.log`, "a") : "ignore";
  const child = spawn(process.execPath, [SERVER_BUNDLE], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
    return exited;
  };
  process.on("exit", () => void signal("SIGTERM"));
  await waitForUrl(`http://localhost:${port}/api/v1/openapi.json`);
  return { pid: child.pid!, stop: () => signal("SIGTERM"), crash: () => signal("SIGKILL") };
}
