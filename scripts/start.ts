import { spawn } from "node:child_process";
import { SERVER_BUNDLE, buildIfStale } from "./build-if-stale";

// `npm start` on a fresh clone: build once, then run the server (which migrates and seeds) on
// plain Node, passing signals through so Ctrl+C stops it cleanly.
process.env.NEXT_TELEMETRY_DISABLED = "1";
buildIfStale();
const server = spawn(process.execPath, [SERVER_BUNDLE, ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
