import { spawn } from "node:child_process";
import fs from "node:fs";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { SERVER_BUNDLE } from "./build-if-stale";

// End-to-end tests start from a fresh database seeded with the examples, every run, on the
// same production server `npm start` runs.
const file = databaseFilePath(resolveDatabaseUrl());
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
const server = spawn(process.execPath, [SERVER_BUNDLE], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 1));
