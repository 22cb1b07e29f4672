import { spawn } from "node:child_process";
import { SERVER_BUNDLE } from "../dev/build-if-stale";

/**
 * Runs the built server on plain Node in the foreground, passing signals through so Ctrl+C
 * (or Playwright stopping its web server) ends it cleanly, and exits with its exit code.
 */
export function runServerBundle(args: string[] = []): void {
  const server = spawn(process.execPath, [SERVER_BUNDLE, ...args], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
