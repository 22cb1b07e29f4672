import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFilePath, resolveDatabaseUrl } from "./lib/server/db/database-url";

// Prisma 6.19 with the JS engine and a driver adapter: nothing is downloaded (see README).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    const url = resolveDatabaseUrl();
    fs.mkdirSync(path.dirname(databaseFilePath(url)), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
