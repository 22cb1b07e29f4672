import { databaseFilePath, resolveDatabaseUrl } from "@/lib/server/db/database-url";
import { removeDatabase } from "../testing/app-server";
import { runServerBundle } from "../cli/run-server-bundle";

// End-to-end tests start from a fresh database seeded with the examples, every run, on the
// same production server `npm start` runs.
removeDatabase(`file:${databaseFilePath(resolveDatabaseUrl())}`);
runServerBundle();
