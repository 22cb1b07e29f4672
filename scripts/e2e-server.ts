import fs from "node:fs";
import { databaseFilePath, resolveDatabaseUrl } from "@/lib/server/db/database-url";

// End-to-end tests start from a fresh database seeded with the examples, every run.
const file = databaseFilePath(resolveDatabaseUrl());
for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
void import("../server");
